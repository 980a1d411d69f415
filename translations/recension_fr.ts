<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Recension</name>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="250"/>
        <location filename="../app/workspace/reviewmarks.cpp" line="275"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="257"/>
        <source>a pair of version indices</source>
        <translation>une paire d’indices de version</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="263"/>
        <source>a finding kind</source>
        <translation>un type de constat</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="271"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="291"/>
        <location filename="../app/workspace/reviewmarks.cpp" line="293"/>
        <source>a list of words</source>
        <translation>une liste de mots</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="301"/>
        <source>a paragraph index or null</source>
        <translation>un indice de paragraphe ou null</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="309"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="102"/>
        <source>       recension COMMAND [options] ARGUMENTS</source>
        <translation>              recension COMMANDE [options] ARGUMENTS</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>Commands (they need no display; &apos;recension COMMAND --help&apos; lists a command&apos;s options):</source>
        <translation>Commandes (sans écran requis&#xa0;; &apos;recension COMMANDE --help&apos; liste les options d’une commande)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="173"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Essayez &apos;%1&apos; pour en savoir plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="237"/>
        <source>&apos;%1&apos; is neither a file nor a command</source>
        <translation>&apos;%1&apos; n’est ni un fichier ni une commande</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="41"/>
        <location filename="../app/cli/comparecommand.cpp" line="184"/>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Aligns two versions of an article, names every divergence and writes the comparison as JSON, HTML or PDF. With no output option, the JSON goes to standard output.</source>
        <translation>Aligne deux versions d’un article, nomme chaque divergence et écrit la comparaison en JSON, HTML ou PDF. Sans option de sortie, le JSON est écrit sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="54"/>
        <source>The earlier version.</source>
        <translation>La version antérieure.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="55"/>
        <source>The later version.</source>
        <translation>La version ultérieure.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="47"/>
        <source>Write the comparison as JSON to FILE (- for standard output).</source>
        <translation>Écrire la comparaison en JSON dans FICHIER (- pour la sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="46"/>
        <location filename="../app/cli/optiontable.cpp" line="51"/>
        <location filename="../app/cli/optiontable.cpp" line="56"/>
        <location filename="../app/cli/optiontable.cpp" line="88"/>
        <location filename="../app/cli/optiontable.cpp" line="98"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="52"/>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Écrire un rapport HTML autonome dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="57"/>
        <source>Write a PDF report to FILE.</source>
        <translation>Écrire un rapport PDF dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="59"/>
        <source>Do not report changes of letter case.</source>
        <translation>Ne pas signaler les changements de casse.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="62"/>
        <source>Do not report changes of punctuation only.</source>
        <translation>Ne pas signaler les modifications portant seulement sur la ponctuation.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="66"/>
        <source>Do not report synonym swaps outside quotations.</source>
        <translation>Ne pas signaler les substitutions de synonymes hors des citations.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="71"/>
        <source>Language of both versions (default: en).</source>
        <translation>Langue des deux versions (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="89"/>
        <source>Watch the names and terms of FILE (UTF-8, one a line): a change that touches one is high and a finding.</source>
        <translation>Surveiller les noms et termes de FICHIER (UTF-8, un par ligne)&#xa0;: une modification qui en touche un est de gravité élevée et devient un constat.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="94"/>
        <source>Print the findings, what a fact-checker must look at, one a line.</source>
        <translation>Afficher les constats, ce qu’un vérificateur doit examiner, un par ligne.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="99"/>
        <source>Write the right version to FILE as a Word document with tracked changes against the left and a comment on each finding.</source>
        <translation>Écrire la version de droite dans FICHIER en document Word, avec suivi des modifications par rapport à celle de gauche et un commentaire sur chaque constat.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="104"/>
        <source>Reports end with the full table of every change.</source>
        <translation>Les rapports se terminent par le tableau complet de toutes les modifications.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="108"/>
        <source>Reports mark changes of fact only, leave low changes unmarked and fold unchanged paragraphs.</source>
        <translation>Les rapports ne marquent que les modifications factuelles, laissent sans marque les modifications faibles et replient les paragraphes inchangés.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="113"/>
        <source>Compare web-page clutter too (share prompts, counters, credits...), which is otherwise set aside.</source>
        <translation>Comparer aussi les éléments parasites des pages web (invitations au partage, compteurs, crédits...), sinon mis de côté.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="156"/>
        <source>Align two versions, name every divergence, write JSON, HTML or PDF.</source>
        <translation>Aligner deux versions, nommer chaque divergence, écrire du JSON, HTML ou PDF.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="70"/>
        <source>tag</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="76"/>
        <source>Paper size of the PDF: a4 or letter (default: a4).</source>
        <translation>Format de papier du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: a4).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="75"/>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="80"/>
        <source>Reports show only changed passages, each with a sentence of context.</source>
        <translation>Les rapports ne montrent que les passages modifiés, chacun avec une phrase de contexte.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="84"/>
        <source>Leave the time of the comparison out, for byte-identical output.</source>
        <translation>Omettre l’heure de la comparaison, pour une sortie identique à l’octet près.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="83"/>
        <source>needs two files, LEFT and RIGHT</source>
        <translation>il faut deux fichiers (left et right)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="84"/>
        <source>--paper takes a4 or letter</source>
        <translation>--paper accepte a4 ou letter</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="101"/>
        <source>only --json writes to standard output (-); --html and --pdf need a file</source>
        <translation>seul --json écrit sur la sortie standard (-)&#xa0;; --html et --pdf demandent un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="103"/>
        <source>--findings prints to standard output; give --json a file</source>
        <translation>--findings écrit sur la sortie standard&#xa0;; donnez un fichier à --json</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="106"/>
        <source>each output needs a file of its own</source>
        <translation>chaque sortie demande son propre fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="165"/>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::FamilyCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/familycommand.cpp" line="49"/>
        <source>own changes: %n</source>
        <translation>
            <numerusform>modifications propres&#xa0;: %n</numerusform>
            <numerusform>modifications propres&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="50"/>
        <source>shares %1 of its changes, keeps the base where it changed %2, adds %3</source>
        <translation>partage %1 de ses modifications, garde la base à %2 endroits qu’elle modifiait, en ajoute %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/familycommand.cpp" line="67"/>
        <source>Versions: %n; base: %1</source>
        <translation>
            <numerusform>Versions&#xa0;: %n&#xa0;; base&#xa0;: %1</numerusform>
            <numerusform>Versions&#xa0;: %n&#xa0;; base&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="74"/>
        <source>  %1: %2 (meaning kept %3, wording kept %4)</source>
        <translation>  %1&#xa0;: %2 (sens conservé %3, formulation conservée %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="81"/>
        <source>Lineage:</source>
        <translation>Filiation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="85"/>
        <source>  outside the tree: %1 (%2)</source>
        <translation>  hors de l’arbre&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="90"/>
        <source>  not loaded: %1</source>
        <translation>  non chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="101"/>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="127"/>
        <source>Compares every pair of versions of one story, judges what kind of copy each is against the base, and finds which copy was made from which.</source>
        <translation>Compare chaque paire de versions d’un même sujet, juge quel type de copie chacune est par rapport à la base et détermine quelle copie a été faite à partir de laquelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="132"/>
        <source>Two or more versions.</source>
        <translation>Deux versions ou plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="153"/>
        <source>needs two or more files</source>
        <translation>il faut deux fichiers ou plus</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="186"/>
        <source>the base version could not be read</source>
        <translation>la version de base n’a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="190"/>
        <source>fewer than two versions could be read</source>
        <translation>moins de deux versions ont pu être lues</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="198"/>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="118"/>
        <location filename="../app/cli/optiontable.cpp" line="123"/>
        <location filename="../app/cli/optiontable.cpp" line="128"/>
        <location filename="../app/cli/optiontable.cpp" line="134"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="119"/>
        <source>The source version (default: the first).</source>
        <translation>La version source (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="124"/>
        <source>Write the family document as JSON to FILE (- for standard output).</source>
        <translation>Écrire le document de famille en JSON dans FICHIER (- pour la sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="129"/>
        <source>Write the family report as PDF to FILE: the matrix, the lineage tree and the quotation grid, then each copy against the base.</source>
        <translation>Écrire le rapport sur la famille en PDF dans FICHIER&#xa0;: la matrice, l’arbre de filiation et la grille des citations, puis chaque copie comparée à la base.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="135"/>
        <source>Write the family report as one self-contained HTML page to FILE.</source>
        <translation>Écrire le rapport sur la famille dans FICHIER, sous forme d’une seule page HTML autonome.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="139"/>
        <source>tag</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="140"/>
        <source>Language of the versions (default: en).</source>
        <translation>Langue des versions (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="143"/>
        <source>Leave the time out, for byte-identical output.</source>
        <translation>Omettre l’heure, pour une sortie identique à l’octet près.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="159"/>
        <source>Judge each version of a story against the base and find who copied whom.</source>
        <translation>Juger chaque version d’un sujet par rapport à la base et trouver qui a copié qui.</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::FindingsText</name>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="24"/>
        <source>HIGH</source>
        <extracomment>a finding&apos;s severity, first on its line of `recension compare --findings`</extracomment>
        <translation>ÉLEVÉE</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="24"/>
        <source>MEDIUM</source>
        <translation>MOYENNE</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="31"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="33"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="35"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="37"/>
        <source>polarity</source>
        <translation>polarité</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="39"/>
        <source>hedge</source>
        <translation>modalisation</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="41"/>
        <source>watched</source>
        <translation>surveillé</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="43"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="45"/>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="54"/>
        <source>quote altered</source>
        <translation>citation altérée</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="56"/>
        <source>quote missing</source>
        <translation>citation manquante</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="58"/>
        <source>quote added</source>
        <translation>citation ajoutée</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="60"/>
        <source>quote unquoted</source>
        <translation>citation sans guillemets</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="64"/>
        <source>quote verbatim</source>
        <translation>citation textuelle</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="82"/>
        <source>(nothing)</source>
        <extracomment>stands for the empty side of a finding (a word dropped or added)</extracomment>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="88"/>
        <source>“%1”</source>
        <extracomment>a quotation or sentence cited in a finding&apos;s line</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="99"/>
        <source>%1 of its words kept</source>
        <extracomment>how much of a quotation&apos;s wording the other version kept</extracomment>
        <translation>%1 de ses mots conservés</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="103"/>
        <source>%1 (%2)</source>
        <extracomment>e.g. &quot;quote altered (Solberg, 64.0 % of its words kept)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="114"/>
        <location filename="../app/cli/findingstext.cpp" line="133"/>
        <source>%1 -&gt; %2</source>
        <extracomment>the left and the right side of a finding</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="117"/>
        <location filename="../app/cli/findingstext.cpp" line="126"/>
        <location filename="../app/cli/findingstext.cpp" line="131"/>
        <source>%1 %2: %3</source>
        <extracomment>one line of --findings: severity, what, then the text</extracomment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="128"/>
        <source>claim dropped</source>
        <translation>affirmation supprimée</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="128"/>
        <source>claim added</source>
        <translation>affirmation ajoutée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/findingstext.cpp" line="136"/>
        <source>(%n places)</source>
        <extracomment>appended to a finding made in several places</extracomment>
        <translation>
            <numerusform>(%n endroit)</numerusform>
            <numerusform>(%n endroits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="145"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="43"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="44"/>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="45"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="46"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="47"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="48"/>
        <source>Paragraphs:</source>
        <translation>Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="49"/>
        <source>Words:</source>
        <translation>Mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="50"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="52"/>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="60"/>
        <source>Clutter:</source>
        <translation>Parasites&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="63"/>
        <source>paragraph %1 (%2): %3</source>
        <translation>paragraphe %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="75"/>
        <source>Shows how Recension reads each file: title, format, encoding, paragraphs, words.</source>
        <translation>Montre comment Recension lit chaque fichier&#xa0;: titre, format, encodage, paragraphes, mots.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="37"/>
        <source>Print the documents as JSON (an object for one file, else an array).</source>
        <translation>Afficher les documents en JSON (un objet pour un seul fichier, sinon un tableau).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="42"/>
        <source>Language of the files (default: en).</source>
        <translation>Langue des fichiers (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="162"/>
        <source>Show how each file is read: title, format, encoding, words.</source>
        <translation>Montrer comment chaque fichier est lu&#xa0;: titre, format, encodage, mots.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="41"/>
        <source>tag</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="81"/>
        <source>The files to read.</source>
        <translation>Les fichiers à lire.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="81"/>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="93"/>
        <source>No file given.</source>
        <translation>Aucun fichier indiqué.</translation>
    </message>
</context>
<context>
    <name>Recension::Clutter</name>
    <message>
        <location filename="../app/document/clutter.cpp" line="299"/>
        <source>%1 paragraphs of “%2” set aside as web-page clutter (share and comment prompts, counters, credits…).</source>
        <translation>%1 paragraphes de «&#xa0;%2&#xa0;» mis de côté comme éléments parasites de page web (invitations au partage et aux commentaires, compteurs, crédits…).</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="328"/>
        <source>share prompt</source>
        <translation>invitation au partage</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="330"/>
        <source>comment prompt</source>
        <translation>invitation à commenter</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="332"/>
        <source>“read more” link</source>
        <translation>lien «&#xa0;lire la suite&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="334"/>
        <source>cookie notice</source>
        <translation>bandeau cookies</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="336"/>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="338"/>
        <source>navigation or menu line</source>
        <translation>ligne de navigation ou de menu</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="340"/>
        <source>related-article link</source>
        <translation>lien vers un article connexe</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="342"/>
        <source>stray counter</source>
        <translation>compteur isolé</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="344"/>
        <source>photo credit</source>
        <translation>crédit photo</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="346"/>
        <source>keyword list</source>
        <translation>liste de mots-clés</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="348"/>
        <source>byline</source>
        <translation>signature</translation>
    </message>
</context>
<context>
    <name>Recension::DictionaryFinder</name>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="80"/>
        <source>The language must not be empty.</source>
        <translation>La langue ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="82"/>
        <source>“%1” is not a language tag: it is longer than %2 characters.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#xa0;: il dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="85"/>
        <source>“%1” is not a language tag (such as en, en-GB or pt-BR): a tag is letters and digits in parts joined by hyphens, never a path.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue (comme en, en-GB ou pt-BR)&#xa0;: un code se compose de lettres et de chiffres en parties reliées par des traits d’union, jamais d’un chemin.</translation>
    </message>
</context>
<context>
    <name>Recension::Document</name>
    <message>
        <location filename="../app/document/document.cpp" line="33"/>
        <source>%1 — %2</source>
        <extracomment>a version&apos;s label: the outlet that published it, then its file name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="45"/>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="47"/>
        <source>retrieved %1</source>
        <translation>consulté le %1</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="49"/>
        <source>, </source>
        <extracomment>the separator between the parts of a citation</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Recension::DocumentLoader</name>
    <message>
        <location filename="../app/document/documentloader.cpp" line="161"/>
        <source>“%1” contains only white space.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient que des espaces.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="162"/>
        <source>“%1” contains no readable text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="204"/>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="208"/>
        <source>“%1” cannot be read: it is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="211"/>
        <source>“%1” cannot be read: it is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="200"/>
        <location filename="../app/document/documentloader.cpp" line="219"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="53"/>
        <source>“%1” is too large to compare (%2; the limit is %3, at which a comparison takes about 10 seconds).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être comparé (%2&#xa0;; la limite est de %3, taille à laquelle une comparaison prend environ 10 secondes).</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="98"/>
        <source>“%1” holds no words when read as %2: it may be in an encoding Recension does not recognise, or not be text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun mot lu en %2&#xa0;: il est peut-être dans un encodage que Recension ne reconnaît pas, ou ce n’est pas du texte.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="102"/>
        <source>“%1” was read as %2, but its letters are not of the script %2 is made for: the encoding may be guessed wrong.</source>
        <translation>«&#xa0;%1&#xa0;» a été lu en %2, mais ses lettres n’appartiennent pas à l’écriture prévue pour %2&#xa0;: l’encodage a peut-être été mal deviné.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="141"/>
        <location filename="../app/document/documentloader.cpp" line="149"/>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="202"/>
        <location filename="../app/document/documentloader.cpp" line="220"/>
        <location filename="../app/document/documentloader.cpp" line="226"/>
        <location filename="../app/document/documentloader.cpp" line="231"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="241"/>
        <location filename="../app/document/documentloader.cpp" line="284"/>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="255"/>
        <source>“%1” cannot be compared: it is a binary file, not text.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être comparé&#xa0;: c’est un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="258"/>
        <source>“%1” cannot be decoded: its encoding is not recognised.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être décodé&#xa0;: son encodage n’est pas reconnu.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="264"/>
        <source>Invalid %1 sequences in “%2”: %3 (shown as �).</source>
        <translation>Séquences %1 non valides dans «&#xa0;%2&#xa0;»&#xa0;: %3 (affichées comme �).</translation>
    </message>
</context>
<context>
    <name>Recension::DocumentText</name>
    <message>
        <location filename="../app/document/document.cpp" line="84"/>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="86"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="88"/>
        <source>web page (HTML)</source>
        <translation>page web (HTML)</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="90"/>
        <source>Word document (.docx)</source>
        <translation>document Word (.docx)</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="92"/>
        <source>OpenDocument text (.odt)</source>
        <translation>texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="94"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>Recension::DocxReader</name>
    <message>
        <location filename="../app/document/docxreader.cpp" line="195"/>
        <location filename="../app/document/docxreader.cpp" line="226"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="204"/>
        <source>“%1” cannot be read: its document text is damaged XML.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: le texte du document est du XML endommagé.</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="230"/>
        <source>“%1” holds tracked changes: %2 insertions kept, %3 deletions left out.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications suivies&#xa0;: %2 insertions conservées, %3 suppressions écartées.</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="236"/>
        <source>“%1” refers to %2 outside resources (links, linked pictures or templates); none was opened.</source>
        <translation>«&#xa0;%1&#xa0;» renvoie à %2 ressources externes (liens, images liées ou modèles)&#xa0;; aucune n’a été ouverte.</translation>
    </message>
</context>
<context>
    <name>Recension::Family</name>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="44"/>
        <location filename="../app/report/familypdf.cpp" line="122"/>
        <location filename="../app/report/familypdf.cpp" line="375"/>
        <source>Family of versions: %1</source>
        <translation>Famille de versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="58"/>
        <source>Made by recension %1</source>
        <translation>Produit par recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="72"/>
        <source>Every pair</source>
        <translation>Toutes les paires</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="73"/>
        <source>Meaning kept / wording kept. ≡ same text, ≈ same meaning reworded, ∼ partly the same, ≠ different.</source>
        <translation>Sens conservé / formulation conservée. ≡ même texte, ≈ même sens reformulé, ∼ en partie identique, ≠ différent.</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="126"/>
        <source>Lineage: which copy was made from which</source>
        <translation>Filiation&#xa0;: quelle copie a été faite à partir de quelle autre</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="131"/>
        <source>Not copies of the base (other articles):</source>
        <translation>Pas copiés de la base (autres articles)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="143"/>
        <source>Verdicts against the base</source>
        <translation>Verdicts par rapport à la base</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="143"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="144"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="144"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="145"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="166"/>
        <location filename="../app/report/familypdf.cpp" line="333"/>
        <source>Quotations across the family</source>
        <translation>Citations dans la famille</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="166"/>
        <location filename="../app/report/familypdf.cpp" line="334"/>
        <source>Quotation in the base</source>
        <translation>Citation dans la base</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="167"/>
        <location filename="../app/report/familypdf.cpp" line="334"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="181"/>
        <location filename="../app/report/familypdf.cpp" line="327"/>
        <source>only in copies: %1</source>
        <translation>seulement dans des copies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="184"/>
        <location filename="../app/report/familypdf.cpp" line="329"/>
        <source>has it</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="185"/>
        <location filename="../app/report/familypdf.cpp" line="330"/>
        <source>— not there</source>
        <translation>— absente</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="193"/>
        <location filename="../app/report/familypdf.cpp" line="352"/>
        <source>Names, numbers and titles across the family</source>
        <translation>Noms, nombres et titres dans la famille</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="193"/>
        <location filename="../app/report/familypdf.cpp" line="353"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="194"/>
        <location filename="../app/report/familypdf.cpp" line="353"/>
        <source>In the base</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="223"/>
        <source>%1 against the base</source>
        <translation>%1 comparée à la base</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="92"/>
        <source>Recension %1 family report</source>
        <translation>Recension %1 – rapport sur la famille de versions</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="130"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="133"/>
        <source> (meaning kept %1, wording kept %2)</source>
        <translation> (sens conservé %1, formulation conservée %2)</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="148"/>
        <source>Every pair: meaning kept / wording kept (≡ same text, ≈ reworded, ∼ partly, ≠ different)</source>
        <translation>Toutes les paires&#xa0;: sens conservé / formulation conservée (≡ même texte, ≈ reformulé, ∼ en partie, ≠ différent)</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="162"/>
        <location filename="../app/report/familypdf.cpp" line="164"/>
        <source>V%1</source>
        <translation>V%1</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="241"/>
        <source> (not in the tree)</source>
        <translation> (hors de l’arbre)</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="24"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="54"/>
        <source>same text</source>
        <translation>même texte</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="55"/>
        <source>same meaning, reworded</source>
        <translation>même sens, reformulé</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="56"/>
        <source>partly the same</source>
        <translation>en partie identique</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="57"/>
        <source>different text</source>
        <translation>texte différent</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="65"/>
        <source>%1 / %2</source>
        <extracomment>meaning kept / wording kept, e.g. &quot;94 % / 38 %&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="71"/>
        <source>%1 against %2: %3; meaning kept %4, wording kept %5</source>
        <translation>%1 comparée à %2&#xa0;: %3&#xa0;; sens conservé %4, formulation conservée %5</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="79"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="80"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="81"/>
        <source>syndicated copy</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="82"/>
        <source>spun copy</source>
        <translation>copie maquillée</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="83"/>
        <source>condensed or rewritten</source>
        <translation>condensée ou réécrite</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="84"/>
        <source>translated or back-translated</source>
        <translation>traduite ou retraduite</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="85"/>
        <source>independent coverage</source>
        <translation>couverture indépendante</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="86"/>
        <source>unrelated</source>
        <translation>sans rapport</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="94"/>
        <source>meaning kept %1, wording kept %2 (%3 in aligned passages); passages aligned %4 of the base, %5 of the copy; moved %6; synonyms %7, respelled names %8, changes of fact %9</source>
        <translation>sens conservé %1, formulation conservée %2 (%3 dans les passages alignés)&#xa0;; passages alignés&#xa0;: %4 de la base, %5 de la copie&#xa0;; déplacés %6&#xa0;; synonymes %7, noms réorthographiés %8, modifications factuelles %9</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="109"/>
        <source>V%1 %2</source>
        <extracomment>a version&apos;s short label, e.g. &quot;V2 harbour-spun.txt&quot;</extracomment>
        <translation>V%1 %2</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="115"/>
        <source>own changes: %1</source>
        <translation>modifications propres&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="116"/>
        <source>shares %1 of its changes; keeps the base where it changed %2; adds %3</source>
        <translation>partage %1 de ses modifications&#xa0;; garde la base à %2 endroits qu’elle modifiait&#xa0;; en ajoute %3</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="126"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="129"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="130"/>
        <source>altered: %1</source>
        <translation>altérée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="131"/>
        <source>unquoted</source>
        <translation>non citée</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="132"/>
        <location filename="../app/report/familytext.cpp" line="143"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="133"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="142"/>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="144"/>
        <source>added: %1</source>
        <translation>ajout&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recension::HtmlReader</name>
    <message numerus="yes">
        <location filename="../app/document/htmlreader.cpp" line="386"/>
        <source>%n tag(s) with more than %1 attributes: the attributes past the first %1 were ignored, so that reading finishes in reasonable time.</source>
        <translation>
            <numerusform>%n balise de plus de %1 attributs&#xa0;: les attributs au-delà des %1 premiers ont été ignorés, pour que la lecture se termine en un temps raisonnable.</numerusform>
            <numerusform>%n balises de plus de %1 attributs&#xa0;: les attributs au-delà des %1 premiers ont été ignorés, pour que la lecture se termine en un temps raisonnable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::LanguageDetector</name>
    <message>
        <location filename="../app/document/languagedetector.cpp" line="127"/>
        <source>“%1” reads as %2 (%3) but is compared as %4, as asked.</source>
        <translation>«&#xa0;%1&#xa0;» semble être en %2 (%3) mais est comparé en %4, comme demandé.</translation>
    </message>
</context>
<context>
    <name>Recension::LanguageSupport</name>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="60"/>
        <source>No spelling dictionary for %1 is installed: word forms and spelling go unchecked (Debian package %2).</source>
        <translation>Aucun dictionnaire orthographique pour %1 n’est installé&#xa0;: formes des mots et orthographe ne sont pas vérifiées (paquet Debian %2).</translation>
    </message>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="65"/>
        <source>No thesaurus for %1 is installed: no synonym will be found (Debian package %2).</source>
        <translation>Aucun dictionnaire de synonymes pour %1 n’est installé&#xa0;: aucun synonyme ne sera trouvé (paquet Debian %2).</translation>
    </message>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="76"/>
        <source>The versions are in different languages (%1 and %2): each is read with its own dictionaries, and no synonym is claimed across them.</source>
        <translation>Les versions sont dans des langues différentes (%1 et %2)&#xa0;: chacune est lue avec ses propres dictionnaires, et aucun synonyme n’est établi de l’une à l’autre.</translation>
    </message>
</context>
<context>
    <name>Recension::OdtReader</name>
    <message>
        <location filename="../app/document/odtreader.cpp" line="149"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="156"/>
        <source>“%1” cannot be read: its document text is damaged XML.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: le texte du document est du XML endommagé.</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="161"/>
        <source>“%1” holds tracked changes: %2 insertions kept, %3 deletions left out.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications suivies&#xa0;: %2 insertions conservées, %3 suppressions écartées.</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="167"/>
        <source>“%1” refers to %2 outside resources (links or linked pictures); none was opened.</source>
        <translation>«&#xa0;%1&#xa0;» renvoie à %2 ressources externes (liens ou images liées)&#xa0;; aucune n’a été ouverte.</translation>
    </message>
</context>
<context>
    <name>Recension::OutputGuard</name>
    <message>
        <location filename="../app/document/outputguard.cpp" line="48"/>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="50"/>
        <source>%1 cannot be written: %2 is not a folder.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2 n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="52"/>
        <source>%1 cannot be written: the folder %2 is not writable.</source>
        <translation>%1 ne peut pas être écrit&#xa0;: le dossier %2 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="103"/>
        <source>No output file was given.</source>
        <translation>Aucun fichier de sortie n’a été indiqué.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="105"/>
        <source>%1 is one of the compared files; an output never replaces an input.</source>
        <translation>%1 est l’un des fichiers comparés&#xa0;; une sortie ne remplace jamais une entrée.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="118"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="122"/>
        <source>%1 is not writable.</source>
        <translation>%1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="126"/>
        <source>Existing file %1 is not writable.</source>
        <translation>Le fichier existant %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="134"/>
        <source>%1 is a device or socket, not a file; it is never written.</source>
        <translation>%1 est un périphérique ou un socket, pas un fichier&#xa0;; il n’est jamais écrit.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="157"/>
        <location filename="../app/document/outputguard.cpp" line="159"/>
        <location filename="../app/document/outputguard.cpp" line="166"/>
        <location filename="../app/document/outputguard.cpp" line="170"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Recension::PackagedDocument</name>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="46"/>
        <location filename="../app/document/packageddocument.cpp" line="54"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="57"/>
        <source>“%1” is a zip package but neither a Word (.docx) nor an OpenDocument text (.odt) file.</source>
        <translation>«&#xa0;%1&#xa0;» est un paquet zip, mais ni un fichier Word (.docx) ni un texte OpenDocument (.odt).</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="93"/>
        <source>“%1” is a password-protected Office file or an old Word (.doc) file; save it unprotected as .docx or .odt to compare it.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier Office protégé par mot de passe ou un ancien fichier Word (.doc)&#xa0;; enregistrez-le sans protection en .docx ou .odt pour le comparer.</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="98"/>
        <source>“%1” cannot be read: its name says Word, OpenDocument or PDF, but its content is none of them (the file may be damaged).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: son nom indique Word, OpenDocument ou PDF, mais son contenu n’est rien de tout cela (le fichier est peut-être endommagé).</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="105"/>
        <source>“%1” is not a Word, OpenDocument or PDF file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier Word, OpenDocument ou PDF.</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="116"/>
        <source>“%1” contains no readable text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte lisible.</translation>
    </message>
</context>
<context>
    <name>Recension::ParagraphBuilder</name>
    <message numerus="yes">
        <location filename="../app/document/paragraphbuilder.cpp" line="99"/>
        <source>“%1”: %n paragraph(s) longer than %2 words or %3 characters cut into pieces of at most that size, so that the comparison finishes in reasonable time.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n paragraphe de plus de %2 mots ou %3 caractères découpé en morceaux de cette taille au plus, pour que la comparaison se termine en un temps raisonnable.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n paragraphes de plus de %2 mots ou %3 caractères découpés en morceaux de cette taille au plus, pour que la comparaison se termine en un temps raisonnable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::ParserProcess</name>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="57"/>
        <source>“%1” cannot be read: the document parser could not be started (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: l’analyseur de documents n’a pas pu être lancé (%2).</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="66"/>
        <source>“%1” cannot be read: its parser ran for more than %2 seconds and was stopped.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: son analyseur a tourné plus de %2 secondes et a été arrêté.</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="71"/>
        <source>“%1” cannot be read: its parser stopped unexpectedly (the file may be damaged or hostile).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: son analyseur s’est arrêté de façon inattendue (le fichier est peut-être endommagé ou malveillant).</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="77"/>
        <source>“%1” cannot be read: its parser gave no usable answer (exit status %2).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: son analyseur n’a donné aucune réponse exploitable (code de sortie %2).</translation>
    </message>
</context>
<context>
    <name>Recension::PdfReader</name>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="55"/>
        <source>“%1” cannot be read: the PDF is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: le PDF est endommagé.</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="59"/>
        <source>“%1” cannot be read: the PDF is encrypted and needs a password to open.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: le PDF est chiffré et demande un mot de passe pour s’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="66"/>
        <source>“%1” cannot be read: the PDF has no pages (it may be damaged).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: le PDF n’a aucune page (il est peut-être endommagé).</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="81"/>
        <source>“%1” has no text layer: its pages are images (a scan?). Recension reads only text; run it through text recognition (OCR) first.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de couche texte&#xa0;: ses pages sont des images (une numérisation&#xa0;?). Recension ne lit que du texte&#xa0;; passez-le d’abord à la reconnaissance de caractères (OCR).</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="88"/>
        <source>“%1” has %2 pages; only the first %3 were read.</source>
        <translation>«&#xa0;%1&#xa0;» compte %2 pages&#xa0;; seules les %3 premières ont été lues.</translation>
    </message>
</context>
<context>
    <name>Recension::Report</name>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="234"/>
        <location filename="../app/report/pdfappendix.cpp" line="27"/>
        <source>not in this version</source>
        <translation>absent de cette version</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="244"/>
        <location filename="../app/report/htmlreport.cpp" line="333"/>
        <location filename="../app/report/htmlreport.cpp" line="396"/>
        <location filename="../app/report/htmlreport.cpp" line="431"/>
        <location filename="../app/report/htmlreport.cpp" line="449"/>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="47"/>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <location filename="../app/report/pdfappendix.cpp" line="118"/>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <location filename="../app/report/pdfsummary.cpp" line="66"/>
        <source>Left version</source>
        <translation>Version de gauche</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="244"/>
        <location filename="../app/report/htmlreport.cpp" line="333"/>
        <location filename="../app/report/htmlreport.cpp" line="396"/>
        <location filename="../app/report/htmlreport.cpp" line="431"/>
        <location filename="../app/report/htmlreport.cpp" line="449"/>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="47"/>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <location filename="../app/report/pdfappendix.cpp" line="118"/>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <location filename="../app/report/pdfsummary.cpp" line="68"/>
        <source>Right version</source>
        <translation>Version de droite</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="444"/>
        <location filename="../app/report/pdfappendix.cpp" line="110"/>
        <source>Set aside as page clutter</source>
        <translation>Écarté comme parasite de page</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="445"/>
        <location filename="../app/report/pdfappendix.cpp" line="111"/>
        <source>Left out of the comparison and its figures.</source>
        <translation>Exclu de la comparaison et de ses chiffres.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="445"/>
        <location filename="../app/report/pdfappendix.cpp" line="114"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="446"/>
        <location filename="../app/report/pdfappendix.cpp" line="114"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="128"/>
        <source>Every change</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="169"/>
        <source>Legend and options</source>
        <translation>Légende et options</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="485"/>
        <source>Words inside a quotation carry a line above. Bold marks and bold red numbers are changes of fact and other findings; pale marks are low changes. The number beside a line is the change&apos;s number.</source>
        <translation>Les mots d’une citation portent un trait au-dessus. Les marques appuyées et les numéros en rouge gras signalent les modifications factuelles et les autres constats&#xa0;; les marques pâles, les modifications faibles. Le numéro à côté d’une ligne est celui de la modification.</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="60"/>
        <location filename="../app/report/htmlreport.cpp" line="497"/>
        <location filename="../app/report/pdfappendix.cpp" line="212"/>
        <source>Report made %1</source>
        <translation>Rapport établi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <location filename="../app/report/pdfsummary.cpp" line="128"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="130"/>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="140"/>
        <location filename="../app/report/pdfsummary.cpp" line="131"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="191"/>
        <source>Words inside a quotation carry a line above. Boxes on screen print as bold underlined words.</source>
        <translation>Les mots d’une citation portent un trait au-dessus. Les encadrés de l’écran s’impriment en mots soulignés en gras.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="194"/>
        <source>Strong and pale marks:</source>
        <translation>Marques appuyées et pâles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="188"/>
        <source>changes %1</source>
        <translation>modifications %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="250"/>
        <location filename="../app/report/pdfsummary.cpp" line="79"/>
        <source>Meaning kept %1</source>
        <translation>Sens conservé %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="251"/>
        <location filename="../app/report/pdfsummary.cpp" line="81"/>
        <source>Wording kept %1</source>
        <translation>Formulation conservée %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="253"/>
        <location filename="../app/report/pdfsummary.cpp" line="83"/>
        <source>Meaning kept counts the words both versions share or say with a synonym or another form; wording kept counts only the words they share as written.</source>
        <translation>«&#xa0;Sens conservé&#xa0;» compte les mots que les deux versions partagent ou expriment par un synonyme ou une autre forme&#xa0;; «&#xa0;formulation conservée&#xa0;» ne compte que les mots partagés tels quels.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="258"/>
        <location filename="../app/report/pdfsummary.cpp" line="88"/>
        <source>%1 changes: %2 high, %3 medium, %4 low. Quotations: %5 verbatim, %6 altered, %7 missing, %8 added, %9 unquoted.</source>
        <translation>%1 modifications&#xa0;: %2 de gravité élevée, %3 moyenne, %4 faible. Citations&#xa0;: %5 textuelles, %6 altérées, %7 omissions, %8 ajouts, %9 non citées.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="292"/>
        <location filename="../app/report/pdfsummary.cpp" line="109"/>
        <source>Findings: %1 high, %2 medium</source>
        <translation>Constats&#xa0;: %1 de gravité élevée, %2 moyenne</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="297"/>
        <location filename="../app/report/pdfsummary.cpp" line="113"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Aucun constat&#xa0;: ni modification factuelle, ni citation, ni affirmation à vérifier.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="322"/>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>moved down in the right version, see change %1</source>
        <translation>déplacé plus bas dans la version de droite, voir la modification %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>moved up in the right version, see change %1</source>
        <translation>déplacé plus haut dans la version de droite, voir la modification %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="340"/>
        <source>moved down from the left version, see change %1</source>
        <translation>plus bas dans la version de gauche, voir la modification %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="340"/>
        <source>moved up from the left version, see change %1</source>
        <translation>plus haut dans la version de gauche, voir la modification %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="365"/>
        <location filename="../app/report/pdfcontent.cpp" line="152"/>
        <source>Changes of fact only: low changes are left unmarked.</source>
        <translation>Modifications factuelles seulement&#xa0;: les modifications faibles restent sans marque.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="372"/>
        <location filename="../app/report/pdfcontent.cpp" line="164"/>
        <source>1 unchanged paragraph</source>
        <translation>1 paragraphe inchangé</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="372"/>
        <location filename="../app/report/pdfcontent.cpp" line="164"/>
        <source>%1 unchanged paragraphs</source>
        <translation>%1 paragraphes inchangés</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="390"/>
        <location filename="../app/report/pdfappendix.cpp" line="40"/>
        <source>Appendix: quote audit</source>
        <translation>Annexe&#xa0;: audit des citations</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="392"/>
        <location filename="../app/report/pdfappendix.cpp" line="42"/>
        <source>No quotations found.</source>
        <translation>Aucune citation trouvée.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="396"/>
        <location filename="../app/report/pdfappendix.cpp" line="47"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="401"/>
        <location filename="../app/report/pdfappendix.cpp" line="54"/>
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="410"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="428"/>
        <location filename="../app/report/pdfappendix.cpp" line="96"/>
        <source>No changed numbers, names, titles or organisations found.</source>
        <translation>Aucun nombre, nom, titre ou organisation modifié.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="431"/>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="434"/>
        <location filename="../app/report/pdfappendix.cpp" line="98"/>
        <source>Facts the same in both versions: %1</source>
        <translation>Faits identiques dans les deux versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="346"/>
        <location filename="../app/report/pdfcontent.cpp" line="189"/>
        <source>not in the left version</source>
        <translation>absent de la version de gauche</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="346"/>
        <location filename="../app/report/pdfcontent.cpp" line="189"/>
        <source>not in the right version</source>
        <translation>absent de la version de droite</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="363"/>
        <location filename="../app/report/pdfcontent.cpp" line="42"/>
        <source>The two versions side by side</source>
        <translation>Les deux versions côte à côte</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="510"/>
        <location filename="../app/report/pdfreport.cpp" line="157"/>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="515"/>
        <source>Made by recension %1</source>
        <translation>Produit par recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="58"/>
        <source>The two versions have no passages.</source>
        <translation>Les deux versions ne contiennent aucun passage.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="140"/>
        <source>Marks:</source>
        <translation>Marques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="149"/>
        <source>Bold marks and bold red numbers: changes of fact and other findings; pale marks: low changes. The number beside a line is the change&apos;s number.</source>
        <translation>Marques appuyées et numéros en rouge gras&#xa0;: modifications factuelles et autres constats&#xa0;; marques pâles&#xa0;: modifications faibles. Le numéro à côté d’une ligne est celui de la modification.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="184"/>
        <source>moved to page %1 in the right version, see change %2</source>
        <extracomment>the passage stands on another page of the report, in the other version</extracomment>
        <translation>déplacé en page %1 dans la version de droite, voir la modification %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="185"/>
        <source>moved from page %1 in the left version, see change %2</source>
        <translation>venu de la page %1 de la version de gauche, voir la modification %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="65"/>
        <source>Facts: numbers, names, titles, organisations</source>
        <translation>Faits&#xa0;: nombres, noms, titres, organisations</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="209"/>
        <source>Options: %1</source>
        <translation>Options&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="190"/>
        <source>quoted words</source>
        <translation>mots cités</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="24"/>
        <location filename="../app/report/reportstrings.cpp" line="112"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="25"/>
        <location filename="../app/report/reportstrings.cpp" line="111"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="26"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="27"/>
        <source>synonym</source>
        <translation>synonyme</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="28"/>
        <source>inflection</source>
        <translation>flexion</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="29"/>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="30"/>
        <location filename="../app/report/reportstrings.cpp" line="86"/>
        <location filename="../app/report/reportstrings.cpp" line="120"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="31"/>
        <location filename="../app/report/reportstrings.cpp" line="87"/>
        <location filename="../app/report/reportstrings.cpp" line="119"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="32"/>
        <location filename="../app/report/reportstrings.cpp" line="121"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="33"/>
        <source>punctuation</source>
        <translation>ponctuation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="34"/>
        <source>case</source>
        <translation>casse</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="35"/>
        <location filename="../app/report/reportstrings.cpp" line="110"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="36"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="37"/>
        <location filename="../app/report/reportstrings.cpp" line="122"/>
        <source>polarity</source>
        <translation>polarité</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="38"/>
        <location filename="../app/report/reportstrings.cpp" line="123"/>
        <source>hedge</source>
        <translation>modalisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="45"/>
        <source>words only the right version has</source>
        <translation>mots présents seulement à droite</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="46"/>
        <source>words only the left version has</source>
        <translation>mots présents seulement à gauche</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="47"/>
        <source>words replaced by different words</source>
        <translation>mots remplacés par d’autres</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="48"/>
        <source>a word swapped for a synonym</source>
        <translation>un mot remplacé par un synonyme</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="49"/>
        <source>another form of the same word</source>
        <translation>une autre forme du même mot</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="50"/>
        <source>the same word spelled differently</source>
        <translation>le même mot écrit autrement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="51"/>
        <source>a different number or figure</source>
        <translation>un autre nombre ou chiffre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="52"/>
        <source>a proper name replaced or respelled</source>
        <translation>un nom propre remplacé ou orthographié autrement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="53"/>
        <source>a quotation given to another speaker</source>
        <translation>une citation attribuée à un autre locuteur</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="54"/>
        <source>punctuation only</source>
        <translation>ponctuation seulement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="55"/>
        <source>capital or small letters only</source>
        <translation>majuscules ou minuscules seulement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="56"/>
        <source>a passage standing elsewhere</source>
        <translation>un passage placé ailleurs</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="57"/>
        <source>the same value or name written another way</source>
        <translation>la même valeur ou le même nom écrit autrement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="58"/>
        <source>a negation added or removed, or an antonym</source>
        <translation>une négation ajoutée ou retirée, ou un antonyme</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="59"/>
        <source>a claim made stronger or weaker</source>
        <translation>une affirmation renforcée ou atténuée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="66"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="67"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="68"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="75"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="76"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="77"/>
        <location filename="../app/report/reportstrings.cpp" line="99"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="78"/>
        <location filename="../app/report/reportstrings.cpp" line="100"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="79"/>
        <source>unquoted</source>
        <translation>non citée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="88"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="89"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="90"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="97"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="98"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="107"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="108"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="109"/>
        <source>paraphrased</source>
        <translation>paraphrasé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="124"/>
        <source>watched term</source>
        <translation>terme surveillé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="125"/>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="126"/>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="174"/>
        <source>&gt; 99.9 %</source>
        <extracomment>a similarity just short of complete</extracomment>
        <translation>&gt; 99,9&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="215"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="216"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="217"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="218"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="219"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="220"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="222"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="226"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="228"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="230"/>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="232"/>
        <source>Retrieved</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="265"/>
        <source>page %1 line %2 to page %3 line %4</source>
        <translation>de la page %1, ligne %2, à la page %3, ligne %4</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="272"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="273"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="275"/>
        <source>page %1, %2</source>
        <translation>page %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="282"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="283"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="286"/>
        <source>full text</source>
        <translation>texte intégral</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="287"/>
        <source>changed passages, with a sentence of context</source>
        <translation>passages modifiés, avec une phrase de contexte</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="288"/>
        <source>changes of fact only</source>
        <translation>modifications factuelles seulement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="290"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="291"/>
        <source>Ignore punctuation</source>
        <translation>Ignorer la ponctuation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="293"/>
        <source>Synonyms unimportant</source>
        <translation>Synonymes négligeables</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="295"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="296"/>
        <source>Report shows</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="176"/>
        <location filename="../app/report/reportstrings.cpp" line="302"/>
        <source>%1 %</source>
        <extracomment>a percentage, e.g. &quot;87.7 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="308"/>
        <source>Comparison report</source>
        <translation>Rapport de comparaison</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="46"/>
        <source>Left: %1</source>
        <translation>Gauche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="46"/>
        <source>Right: %1</source>
        <translation>Droite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="58"/>
        <source>Recension %1 comparison report</source>
        <translation>Recension %1 – rapport de comparaison</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="94"/>
        <location filename="../app/report/pdfreport.cpp" line="59"/>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="391"/>
        <location filename="../app/report/pdfreport.cpp" line="163"/>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/report/docxwriter.cpp" line="310"/>
        <source>Finding %1: %2, %3 severity. %4</source>
        <extracomment>a Word comment on a finding: number, kind, severity, then its gist</extracomment>
        <translation>Constat %1&#xa0;: %2, gravité %3. %4</translation>
    </message>
    <message>
        <location filename="../app/report/docxwriter.cpp" line="384"/>
        <source>This build cannot write zip packages, so not a Word file either.</source>
        <translation>Cette version du programme ne sait pas écrire de paquets zip, donc pas non plus de fichier Word.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Left version → right version</source>
        <translation>Version de gauche → version de droite</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="128"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Recension::ReviewMarks</name>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="226"/>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="229"/>
        <source>“%1” is not %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="238"/>
        <source>“on” is neither “change” nor “finding”</source>
        <translation>«&#xa0;on&#xa0;» n’est ni «&#xa0;change&#xa0;» ni «&#xa0;finding&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="246"/>
        <source>“state” is neither “checked” nor “disputed”</source>
        <translation>«&#xa0;state&#xa0;» n’est ni «&#xa0;checked&#xa0;» ni «&#xa0;disputed&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="323"/>
        <source>“marks” is not a list</source>
        <translation>«&#xa0;marks&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="330"/>
        <source>review mark %1: %2</source>
        <translation>marque de relecture %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="354"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="354"/>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <location filename="../app/workspace/familymarks.cpp" line="160"/>
        <source>Review marks: %1 checked, %2 disputed.</source>
        <translation>Marques de relecture : %1 vérifiée(s), %2 contestée(s).</translation>
    </message>
    <message>
        <location filename="../app/workspace/familymarks.cpp" line="171"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>Recension::Session</name>
    <message>
        <location filename="../app/workspace/session.cpp" line="83"/>
        <source>“%1” is not %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="99"/>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="99"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="106"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="120"/>
        <source>the index of a version or null</source>
        <translation>l’indice d’une version ou null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="128"/>
        <location filename="../app/workspace/session.cpp" line="172"/>
        <location filename="../app/workspace/session.cpp" line="184"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="148"/>
        <source>a watch list or null</source>
        <translation>une liste de surveillance ou null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="152"/>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="207"/>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>ce n’est pas du JSON (%1 à l’octet %2)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="212"/>
        <source>it is not a Recension session (no JSON object)</source>
        <translation>ce n’est pas une session Recension (aucun objet JSON)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="215"/>
        <source>it is not a Recension session (the format is not “%1”)</source>
        <translation>ce n’est pas une session Recension (le format n’est pas «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="219"/>
        <source>its “version” is not a positive whole number</source>
        <translation>sa «&#xa0;version&#xa0;» n’est pas un nombre entier positif</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="221"/>
        <source>it was written by a newer Recension (session version %1; this one reads version %2)</source>
        <translation>le fichier vient d’un Recension plus récent (version de session %1&#xa0;; celui-ci lit la version %2)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="230"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="248"/>
        <source>“pair” is not two version indices or null</source>
        <translation>«&#xa0;pair&#xa0;» n’est ni deux indices de version ni null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="259"/>
        <source>a review mark names a version the session does not have</source>
        <translation>une marque de relecture désigne une version que la session ne contient pas</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="318"/>
        <location filename="../app/workspace/session.cpp" line="328"/>
        <source>Cannot open the session %1: %2</source>
        <translation>Impossible d’ouvrir la session %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="333"/>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="335"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="337"/>
        <source>it is %1 MiB, more than a session can be (%2 MiB)</source>
        <translation>le fichier fait %1&#xa0;Mio, plus que la taille maximale d’une session (%2&#xa0;Mio)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="346"/>
        <source>it is more than a session can be (%1 MiB)</source>
        <translation>le fichier dépasse la taille maximale d’une session (%1&#xa0;Mio)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="360"/>
        <source>%1 is missing: it was a version of this session.</source>
        <translation>%1 est introuvable&#xa0;: c’était une version de cette session.</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="366"/>
        <source>%1 has changed since the session was saved: its content differs from the one compared then.</source>
        <translation>%1 a changé depuis l’enregistrement de la session&#xa0;: son contenu diffère de celui comparé alors.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui</name>
    <message>
        <location filename="../ui/window/application.cpp" line="36"/>
        <source>recension: no display to open a window on; use &apos;recension compare LEFT RIGHT --json -&apos; or &apos;recension info FILE&apos; to work headless.
</source>
        <translation>recension&#xa0;: aucun écran où ouvrir une fenêtre&#xa0;; pour travailler sans interface graphique, utilisez &apos;recension compare GAUCHE DROITE --json -&apos; ou &apos;recension info FICHIER&apos;.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>Compare versions of an article.</source>
        <translation>Comparer des versions d’un article.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="25"/>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="27"/>
        <source>Render the window comparing the first two files to an image file, then exit.</source>
        <translation>Enregistrer dans un fichier image la fenêtre comparant les deux premiers fichiers, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="31"/>
        <source>With --screenshot: the lower panel to show (findings, changes, quotations or facts), or family: the family view of every version.</source>
        <translation>Avec --screenshot&#xa0;: le panneau inférieur à afficher (findings, changes, quotations ou facts), ou family&#xa0;: la vue de la famille de toutes les versions.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="26"/>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="30"/>
        <source>PANEL</source>
        <translation>PANNEAU</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="92"/>
        <source>Articles to open.</source>
        <translation>Articles à ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/window/application.cpp" line="79"/>
        <source>Open Versions</source>
        <translation>Ouvrir des versions</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListModel</name>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="138"/>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="175"/>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="188"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="189"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="190"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="191"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="192"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="193"/>
        <source>In quotation</source>
        <translation>En citation</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="194"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListPanel</name>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="32"/>
        <location filename="../ui/panels/changelistpanel.cpp" line="249"/>
        <source>&amp;Categories</source>
        <translation>Caté&amp;gories</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="33"/>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="37"/>
        <location filename="../ui/panels/changelistpanel.cpp" line="253"/>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vité</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="38"/>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="42"/>
        <source>Search changes</source>
        <translation>Rechercher des modifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="43"/>
        <source>Search the changes</source>
        <translation>Rechercher dans les modifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="46"/>
        <source>Number of changes shown</source>
        <translation>Nombre de modifications affichées</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="51"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="64"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="116"/>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="129"/>
        <source>Show Only &amp;Facts (%1)</source>
        <extracomment>%1 lists the categories kept, e.g. &quot;number, name, speaker, polarity&quot;</extracomment>
        <translation>Afficher seulement les &amp;faits (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="166"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="250"/>
        <source>&amp;Categories (%1 of %2)</source>
        <translation>Caté&amp;gories (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="254"/>
        <source>Se&amp;verity (%1 of %2)</source>
        <translation>Gra&amp;vité (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="258"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="258"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="259"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeStyle</name>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="18"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="19"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="20"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="21"/>
        <source>synonym</source>
        <translation>synonyme</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="22"/>
        <source>inflection</source>
        <translation>flexion</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="23"/>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="24"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="25"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="26"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="27"/>
        <source>punctuation</source>
        <translation>ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="28"/>
        <source>case</source>
        <translation>casse</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="29"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="30"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="31"/>
        <source>polarity</source>
        <translation>polarité</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="32"/>
        <source>hedge</source>
        <translation>modalisation</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="40"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="41"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="42"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="50"/>
        <source>identical passage</source>
        <translation>passage identique</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="51"/>
        <source>modified passage</source>
        <translation>passage modifié</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="52"/>
        <source>paraphrased passage</source>
        <translation>passage paraphrasé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="53"/>
        <source>moved passage</source>
        <translation>passage déplacé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="54"/>
        <source>deleted passage</source>
        <translation>passage supprimé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="55"/>
        <source>inserted passage</source>
        <translation>passage inséré</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="63"/>
        <source>underlined</source>
        <translation>souligné</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="64"/>
        <source>struck through</source>
        <translation>barré</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="65"/>
        <source>dashed underline</source>
        <translation>souligné en tirets</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="66"/>
        <source>dotted underline</source>
        <translation>souligné en pointillés</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="67"/>
        <source>dash-dot underline</source>
        <translation>souligné tiret-point</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="68"/>
        <source>wavy underline</source>
        <translation>souligné ondulé</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="69"/>
        <source>dash-dot-dot underline</source>
        <translation>souligné tiret-point-point</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="70"/>
        <source>double underline</source>
        <translation>souligné deux fois</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="71"/>
        <source>boxed</source>
        <translation>encadré</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="72"/>
        <source>dashed box</source>
        <translation>encadré en tirets</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="73"/>
        <source>dotted box</source>
        <translation>encadré en pointillés</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="74"/>
        <source>margin bar, sloped band</source>
        <translation>barre en marge, oblique</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="75"/>
        <source>corner brackets</source>
        <translation>crochets d’angle</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="76"/>
        <source>double box</source>
        <translation>encadré double</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="77"/>
        <source>thick underline</source>
        <translation>souligné épais</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ClipboardDocument</name>
    <message>
        <location filename="../ui/window/clipboarddocument.cpp" line="38"/>
        <source>The clipboard holds no text to add, only an image or a link: copy the article&apos;s text, or open its file with File › Open.</source>
        <translation>Le presse-papiers ne contient aucun texte à ajouter, seulement une image ou un lien&#xa0;: copiez le texte de l’article, ou ouvrez son fichier avec Fichier › Ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/window/clipboarddocument.cpp" line="40"/>
        <source>The clipboard holds no text to add: copy the article&apos;s text from a browser or an editor first.</source>
        <translation>Le presse-papiers ne contient aucun texte à ajouter&#xa0;: copiez d’abord le texte de l’article depuis un navigateur ou un éditeur.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonNotices</name>
    <message>
        <location filename="../ui/view/comparisonnotices.cpp" line="20"/>
        <source>Notices about this comparison</source>
        <translation>Avis sur cette comparaison</translation>
    </message>
    <message>
        <location filename="../ui/view/comparisonnotices.cpp" line="41"/>
        <source>Set aside as page clutter: %1 (shown greyed and left out of the figures; click one to compare it after all).</source>
        <translation>Écartés comme parasites de page&#xa0;: %1 (affichés en grisé et exclus des chiffres&#xa0;; cliquez sur l’un d’eux pour le comparer malgré tout).</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonStatus</name>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="20"/>
        <source>Meaning and wording kept</source>
        <translation>Sens et formulation conservés</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="22"/>
        <source>Meaning kept: share of the words of both versions found again in the other, equal or a synonym. Wording kept: share found again word for word. A spun copy keeps the meaning and loses the wording.</source>
        <translation>Sens conservé&#xa0;: part des mots des deux versions retrouvés dans l’autre, identiques ou en synonyme. Formulation conservée&#xa0;: part retrouvée mot pour mot. Une copie maquillée garde le sens et perd la formulation.</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="26"/>
        <source>Changes per category</source>
        <translation>Modifications par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="30"/>
        <source>Comparison progress</source>
        <translation>Progression de la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="34"/>
        <source>Cancel the comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="56"/>
        <source>Meaning kept %1 · Wording kept %2</source>
        <extracomment>the two similarity figures of the status bar</extracomment>
        <translation>Sens conservé %1 · Formulation conservée %2</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="63"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="65"/>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::DocumentListPanel</name>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="20"/>
        <source>Open versions</source>
        <translation>Versions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="21"/>
        <source>The open versions. Right-click (or the menu key) to compare one as the left or right side, make it the base or edit where it was published.</source>
        <translation>Les versions ouvertes. Clic droit (ou touche Menu) pour en placer une à gauche ou à droite de la comparaison, en faire la base ou modifier son lieu de publication.</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="42"/>
        <source>Compare as &amp;Left</source>
        <translation>Comparer à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="44"/>
        <source>Compare as &amp;Right</source>
        <translation>Comparer à &amp;droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="46"/>
        <location filename="../ui/panels/documentlistpanel.cpp" line="56"/>
        <source>Set as &amp;Base</source>
        <translation>Définir comme &amp;base</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="48"/>
        <location filename="../ui/panels/documentlistpanel.cpp" line="60"/>
        <source>Edit &amp;Provenance…</source>
        <translation>Modifier la &amp;provenance…</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="57"/>
        <source>Read the other versions against the selected one (the source)</source>
        <translation>Lire les autres versions par rapport à celle sélectionnée (la source)</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="62"/>
        <source>Edit the outlet, URL and dates of the selected version, as a citation names them</source>
        <translation>Modifier le média, l’URL et les dates de la version sélectionnée, tels qu’une citation les mentionne</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="75"/>
        <source>&amp;Family View…</source>
        <translation>Vue de la &amp;famille…</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="76"/>
        <source>Every open version at once: who copied whom, verdicts, quotations</source>
        <translation>Toutes les versions ouvertes à la fois&#xa0;: qui a copié qui, verdicts, citations</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="98"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="101"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="103"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="107"/>
        <source>%1  (%2)</source>
        <extracomment>a version in the list, then what it is: &quot;(base, left)&quot;</extracomment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="107"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="131"/>
        <source>%1 paragraphs, %2 words, %3</source>
        <translation>%1 paragraphes, %2 mots, %3</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Evidence</name>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="28"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="30"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="31"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="83"/>
        <source>page %1 line %2 to page %3 line %4</source>
        <translation>de la page %1, ligne %2, à la page %3, ligne %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="90"/>
        <source>page %1, lines %2–%3</source>
        <translation>page %1, lignes %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="92"/>
        <source>page %1, line %2</source>
        <translation>page %1, ligne %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="94"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="95"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="100"/>
        <source>%1 severity</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="102"/>
        <source>%1, watched term</source>
        <translation>%1, terme surveillé</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="108"/>
        <source>%1, inside a quotation</source>
        <translation>%1, dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="109"/>
        <source>%1, inside a quotation by %2</source>
        <translation>%1, dans une citation de %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="154"/>
        <source>Left source:  %1 (%2)</source>
        <translation>Source de gauche&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="154"/>
        <source>Right source: %1 (%2)</source>
        <translation>Source de droite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="176"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="198"/>
        <source>Change %1 of %2</source>
        <translation>Modification %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="207"/>
        <source>Finding %1 (%2 severity): %3: %4</source>
        <translation>Constat %1 (gravité %2)&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="213"/>
        <source>Quotation by %1</source>
        <translation>Citation de %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="229"/>
        <source>Place %1 of %2: %3 (%4): %5</source>
        <translation>Endroit %1 sur %2&#xa0;: %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="119"/>
        <source>Left </source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="119"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="125"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="137"/>
        <source>%1 (%2, %3): absent from this passage</source>
        <translation>%1 (%2, %3)&#xa0;: absent de ce passage</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="140"/>
        <source>%1 (%2): absent</source>
        <translation>%1 (%2)&#xa0;: absent</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="50"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="183"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="205"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="52"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="53"/>
        <source>HTML page (self-contained)</source>
        <translation>Page HTML (autonome)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="54"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (pour les scripts)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="55"/>
        <source>Word document with tracked changes</source>
        <translation>Document Word avec suivi des modifications</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="56"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="58"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="59"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="60"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>F&amp;ull text of both versions</source>
        <translation>&amp;Texte intégral des deux versions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="64"/>
        <source>C&amp;hanged passages only, with a sentence of context</source>
        <translation>&amp;Seulement les passages modifiés, avec une phrase de contexte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="65"/>
        <source>Changes of f&amp;act only; unchanged paragraphs folded</source>
        <translation>Modifications f&amp;actuelles seulement&#xa0;; paragraphes inchangés repliés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>Append the full &amp;table of changes</source>
        <translation>Ajouter le tableau &amp;complet des modifications</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="69"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="72"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="73"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="78"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="84"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="88"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="89"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="90"/>
        <source>Content:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="97"/>
        <source>&amp;Save as:</source>
        <translation>Enre&amp;gistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="152"/>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="156"/>
        <source>%1-vs-%2</source>
        <translation>%1-vs-%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="180"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="181"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="181"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="198"/>
        <source>%1 is one of the compared versions; choose another file.</source>
        <translation>%1 est l’une des versions comparées&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="206"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactGridModel</name>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="242"/>
        <source>%1 in the base; %2</source>
        <translation>%1 dans la base&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="260"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="262"/>
        <source>In the base</source>
        <translation>Dans la base</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactTableModel</name>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="137"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="138"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="139"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="140"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="141"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="158"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="159"/>
        <source>Changes: %1</source>
        <translation>Modifications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactsPanel</name>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="29"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="30"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="31"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="32"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="33"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="41"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="42"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="43"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="44"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="229"/>
        <source>Show &amp;unchanged facts</source>
        <translation>Afficher les faits &amp;inchangés</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="230"/>
        <source>Show unchanged facts</source>
        <translation>Afficher les faits inchangés</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="232"/>
        <source>Number of facts shown</source>
        <translation>Nombre de faits affichés</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="236"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="239"/>
        <source>Numbers, dates, names, titles and organisations, and what became of them</source>
        <translation>Nombres, dates, noms, titres et organisations, et ce qu’ils sont devenus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/factspanel.cpp" line="322"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fait</numerusform>
            <numerusform>%n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/factspanel.cpp" line="323"/>
        <source>%1 of %n fact(s)</source>
        <translation>
            <numerusform>%1 sur %n fait</numerusform>
            <numerusform>%1 sur %n faits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FamilyMatrixModel</name>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="60"/>
        <source>%1 against itself</source>
        <translation>%1 comparée à elle-même</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="85"/>
        <source>Click or press Enter to compare them side by side.</source>
        <translation>Cliquez ou appuyez sur Entrée pour les comparer côte à côte.</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="108"/>
        <source>V%1 (base)</source>
        <translation>V%1 (base)</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="109"/>
        <source>V%1</source>
        <translation>V%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="113"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FamilyWindow</name>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="52"/>
        <source>Family of Versions</source>
        <translation>Famille de versions</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="63"/>
        <source>Compare Again</source>
        <translation>Comparer à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="64"/>
        <source>Compare every pair of the versions again</source>
        <translation>Comparer à nouveau toutes les paires de versions</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="76"/>
        <source>Every pair: meaning kept / wording kept</source>
        <translation>Toutes les paires&#xa0;: sens conservé / formulation conservée</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="77"/>
        <source>Meaning kept / wording kept for every pair; ≡ same text, ≈ reworded, ∼ partly, ≠ different. Click a pair to compare it side by side.</source>
        <translation>Sens conservé / formulation conservée pour chaque paire&#xa0;; ≡ même texte, ≈ reformulé, ∼ en partie, ≠ différent. Cliquez sur une paire pour la comparer côte à côte.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="94"/>
        <source>Meaning kept / wording kept. ≡ same text · ≈ same meaning, reworded · ∼ partly the same · ≠ different. Review marks: ✓ checked, ✗ disputed.</source>
        <translation>Sens conservé / formulation conservée. ≡ même texte · ≈ même sens, reformulé · ∼ en partie identique · ≠ différent. Marques de relecture : ✓ vérifié, ✗ contesté.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Verdict against the base</source>
        <translation>Verdict par rapport à la base</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="111"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="130"/>
        <source>&amp;Verdicts</source>
        <translation>&amp;Verdicts</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="131"/>
        <source>&amp;Quotations</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="132"/>
        <source>F&amp;acts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="169"/>
        <source>Open two or more versions of the story to see their family.</source>
        <translation>Ouvrez au moins deux versions de l’article pour voir leur famille.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="174"/>
        <source>Comparing every pair of versions (%1 pairs)…</source>
        <translation>Comparaison de toutes les paires de versions (%1 paires)…</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="216"/>
        <source>Compared %1 of %2 pairs…</source>
        <translation>%1 paires comparées sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="224"/>
        <source>Cancelled. The family shown, if any, is from before.</source>
        <translation>Annulé. La famille affichée, le cas échéant, est la précédente.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="270"/>
        <source>Versions: %1; base: %2. Click a pair in the matrix to compare it side by side.</source>
        <translation>Versions&#xa0;: %1&#xa0;; base&#xa0;: %2. Cliquez sur une paire de la matrice pour la comparer côte à côte.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindBar</name>
    <message>
        <location filename="../ui/view/findbar.cpp" line="14"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="16"/>
        <source>Find in both versions</source>
        <translation>Rechercher dans les deux versions</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="17"/>
        <source>Text to find in both columns</source>
        <translation>Texte à rechercher dans les deux colonnes</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="21"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="24"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="25"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="27"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="30"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="31"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="33"/>
        <source>Number of matches</source>
        <translation>Nombre d’occurrences</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="35"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="36"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="37"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="75"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="77"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="77"/>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingListModel</name>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="101"/>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="133"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="134"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="135"/>
        <source>Left → right</source>
        <translation>Gauche → droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="136"/>
        <source>Places</source>
        <translation>Endroits</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="137"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="138"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingSummary</name>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="30"/>
        <source>%n name</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="31"/>
        <source>%n names</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="32"/>
        <source>%n number</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="33"/>
        <source>%n numbers</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="34"/>
        <source>%n speaker</source>
        <translation>
            <numerusform>%n locuteur</numerusform>
            <numerusform>%n locuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="35"/>
        <source>%n speakers</source>
        <translation>
            <numerusform>%n locuteur</numerusform>
            <numerusform>%n locuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="36"/>
        <source>%n negation</source>
        <translation>
            <numerusform>%n négation</numerusform>
            <numerusform>%n négations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="37"/>
        <source>%n negations</source>
        <translation>
            <numerusform>%n négation</numerusform>
            <numerusform>%n négations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="38"/>
        <source>%n hedge</source>
        <translation>
            <numerusform>%n modalisation</numerusform>
            <numerusform>%n modalisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="39"/>
        <source>%n hedges</source>
        <translation>
            <numerusform>%n modalisation</numerusform>
            <numerusform>%n modalisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="40"/>
        <source>%n watched term</source>
        <translation>
            <numerusform>%n terme surveillé</numerusform>
            <numerusform>%n termes surveillés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="41"/>
        <source>%n watched terms</source>
        <translation>
            <numerusform>%n terme surveillé</numerusform>
            <numerusform>%n termes surveillés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="42"/>
        <source>%n quotation altered</source>
        <translation>
            <numerusform>%n citation altérée</numerusform>
            <numerusform>%n citations altérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="43"/>
        <source>%n quotations altered</source>
        <translation>
            <numerusform>%n citation altérée</numerusform>
            <numerusform>%n citations altérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="44"/>
        <source>%n quotation added</source>
        <translation>
            <numerusform>%n citation ajoutée</numerusform>
            <numerusform>%n citations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="45"/>
        <source>%n quotations added</source>
        <translation>
            <numerusform>%n citation ajoutée</numerusform>
            <numerusform>%n citations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="46"/>
        <source>%n quotation missing</source>
        <translation>
            <numerusform>%n citation manquante</numerusform>
            <numerusform>%n citations manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="47"/>
        <source>%n quotations missing</source>
        <translation>
            <numerusform>%n citation manquante</numerusform>
            <numerusform>%n citations manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="48"/>
        <source>%n quotation no longer quoted</source>
        <translation>
            <numerusform>%n citation sans guillemets</numerusform>
            <numerusform>%n citations sans guillemets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="49"/>
        <source>%n quotations no longer quoted</source>
        <translation>
            <numerusform>%n citation sans guillemets</numerusform>
            <numerusform>%n citations sans guillemets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="50"/>
        <source>%n claim dropped</source>
        <translation>
            <numerusform>%n affirmation supprimée</numerusform>
            <numerusform>%n affirmations supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="51"/>
        <source>%n claims dropped</source>
        <translation>
            <numerusform>%n affirmation supprimée</numerusform>
            <numerusform>%n affirmations supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="52"/>
        <source>%n claim added</source>
        <translation>
            <numerusform>%n affirmation ajoutée</numerusform>
            <numerusform>%n affirmations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="53"/>
        <source>%n claims added</source>
        <translation>
            <numerusform>%n affirmation ajoutée</numerusform>
            <numerusform>%n affirmations ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="85"/>
        <source>Summary of the findings</source>
        <translation>Résumé des constats</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="86"/>
        <source>What a fact-checker must look at. Click a part to go to its first finding; F8 steps through all of them.</source>
        <translation>Ce qu’un vérificateur doit examiner. Cliquez sur un élément pour aller à son premier constat&#xa0;; F8 les parcourt tous.</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="121"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Aucun constat&#xa0;: ni modification factuelle, ni citation, ni affirmation à vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="141"/>
        <source>&lt;b&gt;Findings:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Constats&#xa0;:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingText</name>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="11"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="12"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="13"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="14"/>
        <source>negation</source>
        <translation>négation</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="15"/>
        <source>hedge</source>
        <translation>modalisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="16"/>
        <source>watched term</source>
        <translation>terme surveillé</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="17"/>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="18"/>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="28"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="29"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="30"/>
        <location filename="../ui/panels/findingtext.cpp" line="36"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="31"/>
        <source>no longer quoted</source>
        <translation>sans guillemets</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="32"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="36"/>
        <source>dropped</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="46"/>
        <source>%1 %2</source>
        <extracomment>a finding&apos;s kind and what happened to it: &quot;quotation altered&quot;, &quot;claim dropped&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="54"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="56"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="57"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingsPanel</name>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="19"/>
        <source>Number of findings</source>
        <translation>Nombre de constats</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="22"/>
        <source>Review marks not found</source>
        <translation>Marques de relecture introuvables</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="28"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="38"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="75"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Aucun constat&#xa0;: ni modification factuelle, ni citation, ni affirmation à vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="77"/>
        <source>To check: %1 high, %2 medium. F8 steps through them, Enter goes to one.</source>
        <translation>À vérifier&#xa0;: %1 de gravité élevée, %2 moyenne. F8 les parcourt, Entrée va au constat choisi.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="97"/>
        <source>1 review mark of these versions no longer finds its words; it is kept and comes back if they do.</source>
        <translation>1 marque de relecture de ces versions ne retrouve plus ses mots&#xa0;; elle est conservée et reviendra s’ils réapparaissent.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="99"/>
        <source>%1 review marks of these versions no longer find their words; they are kept and come back if the words do.</source>
        <translation>%1 marques de relecture de ces versions ne retrouvent plus leurs mots&#xa0;; elles sont conservées et reviendront si les mots réapparaissent.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LegendWidget</name>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="15"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="16"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="17"/>
        <source>reworded</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="18"/>
        <source>safety</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="19"/>
        <source>says</source>
        <translation>dit</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="20"/>
        <source>colour</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="21"/>
        <source>3,600</source>
        <translation>3 600</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="22"/>
        <source>Smith</source>
        <translation>Dupont</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="23"/>
        <source>she said</source>
        <translation>dit-elle</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="24"/>
        <source>; —</source>
        <translation>; —</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="25"/>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="26"/>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="27"/>
        <source>U.S./US</source>
        <translation>ONU/Onu</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="28"/>
        <source>not</source>
        <translation>pas</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="29"/>
        <source>may</source>
        <translation>pourrait</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="43"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="85"/>
        <source>inside a quotation: line above</source>
        <translation>dans une citation&#xa0;: trait au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="86"/>
        <source>nothing on this side: hatched gap</source>
        <translation>rien de ce côté&#xa0;: espace hachuré</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="142"/>
        <source>“quoted”</source>
        <translation>«&#xa0;cité&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="143"/>
        <source>in a quotation</source>
        <translation>dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="143"/>
        <source>line above</source>
        <translation>trait au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="148"/>
        <source>gap</source>
        <translation>espace vide</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="148"/>
        <source>nothing on this side</source>
        <translation>rien de ce côté</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LineageView</name>
    <message>
        <location filename="../ui/family/lineageview.cpp" line="45"/>
        <source>Lineage of the versions</source>
        <translation>Filiation des versions</translation>
    </message>
    <message>
        <location filename="../ui/family/lineageview.cpp" line="149"/>
        <source>Not copies of the base (other articles):</source>
        <translation>Pas copiés de la base (autres articles)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::MainWindow</name>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="71"/>
        <source>Recension</source>
        <translation>Recension</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="96"/>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="151"/>
        <source>Findings, changes, quotations and facts</source>
        <translation>Constats, modifications, citations et faits</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="153"/>
        <source>F&amp;indings</source>
        <translation>Co&amp;nstats</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>&amp;Quotations</source>
        <translation>Citati&amp;ons</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="156"/>
        <source>Fac&amp;ts</source>
        <translation>Fai&amp;ts</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="178"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="187"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="43"/>
        <source>%1: only one session opens at a time; this one was not opened.</source>
        <translation>%1 : une seule session peut être ouverte à la fois ; celle-ci n’a pas été ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="78"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="130"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="131"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="89"/>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="118"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="125"/>
        <source>Reloaded %1.</source>
        <translation>%1 rechargé.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="443"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="475"/>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="69"/>
        <source>No change is shown in the list; check its filters.</source>
        <translation>La liste n’affiche aucune modification&#xa0;; vérifiez ses filtres.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="87"/>
        <source>There is no finding to step through.</source>
        <translation>Il n’y a aucun constat à parcourir.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="136"/>
        <location filename="../ui/window/mainwindowpanels.cpp" line="152"/>
        <source>Select a change first.</source>
        <translation>Sélectionnez d’abord une modification.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="141"/>
        <source>Evidence for change %1 copied to the clipboard.</source>
        <translation>Preuve de la modification %1 copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="156"/>
        <source>Evidence for %1 changes copied to the clipboard.</source>
        <translation>Preuve de %1 modifications copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="163"/>
        <source>Select a finding first.</source>
        <translation>Sélectionnez d’abord un constat.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="168"/>
        <source>Evidence for finding %1 copied to the clipboard.</source>
        <translation>Preuve du constat %1 copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="140"/>
        <location filename="../ui/window/mainwindowopen.cpp" line="143"/>
        <location filename="../ui/window/mainwindowopen.cpp" line="192"/>
        <source>Open Versions</source>
        <translation>Ouvrir des versions</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="156"/>
        <source>Pasted text %1</source>
        <translation>Texte collé %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="158"/>
        <source>Paste as New Version</source>
        <translation>Coller comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="492"/>
        <source>About Recension</source>
        <translation>À propos de Recension</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="493"/>
        <source>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compares versions of a news article: aligns the passages that say the same thing and names every divergence — synonyms, numbers, names, altered quotations, inserted, deleted and moved passages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compare des versions d’un article de presse&#xa0;: aligne les passages qui disent la même chose et nomme chaque divergence — synonymes, nombres, noms, citations altérées, passages insérés, supprimés et déplacés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="37"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="38"/>
        <source>Open versions of the article (Ctrl+O)</source>
        <translation>Ouvrir des versions de l’article (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="40"/>
        <source>&amp;Paste as New Version</source>
        <translation>&amp;Coller comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="42"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="43"/>
        <source>Add the text on the clipboard as a new version (Ctrl+Shift+V)</source>
        <translation>Ajouter le texte du presse-papiers comme nouvelle version (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="45"/>
        <source>&amp;Remove Version</source>
        <translation>Re&amp;tirer la version</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="48"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="49"/>
        <source>Write the comparison as a PDF, HTML or JSON report (Ctrl+E)</source>
        <translation>Écrire la comparaison dans un rapport PDF, HTML ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="51"/>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="53"/>
        <source>Open a saved workspace: its versions, base, options and review marks</source>
        <translation>Ouvrir un espace de travail enregistré&#xa0;: ses versions, sa base, ses options et ses marques de relecture</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="55"/>
        <source>&amp;Save Session…</source>
        <translation>E&amp;nregistrer la session…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="57"/>
        <source>Save the versions, their provenance, the base, the options and the review marks as a session file (Ctrl+S)</source>
        <translation>Enregistrer les versions, leur provenance, la base, les options et les marques de relecture dans un fichier de session (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="64"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="66"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="68"/>
        <source>Copy both sides of the current finding or change with file names and lines (Ctrl+Shift+C)</source>
        <translation>Copier les deux côtés du constat ou de la modification en cours, avec noms de fichiers et lignes (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="71"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="72"/>
        <source>Find text in both versions (Ctrl+F)</source>
        <translation>Rechercher du texte dans les deux versions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="73"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="74"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="75"/>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="79"/>
        <source>Watch &amp;List…</source>
        <translation>&amp;Liste de surveillance…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="80"/>
        <source>Edit the names and terms whose every change is a finding</source>
        <translation>Modifier les noms et termes dont chaque modification est un constat</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="83"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="85"/>
        <source>Swap the left and right versions (Ctrl+Shift+X)</source>
        <translation>Intervertir les versions de gauche et de droite (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="87"/>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="88"/>
        <source>Go to the next change in the list (F7)</source>
        <translation>Aller à la modification suivante de la liste (F7)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="90"/>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="92"/>
        <source>Go to the previous change in the list (Shift+F7)</source>
        <translation>Aller à la modification précédente de la liste (Maj+F7)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="94"/>
        <source>Next &amp;Finding</source>
        <translation>Constat s&amp;uivant</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="95"/>
        <source>Go to the next finding, high ones first (F8)</source>
        <translation>Aller au constat suivant, les plus graves d’abord (F8)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="97"/>
        <source>Previous F&amp;inding</source>
        <translation>Cons&amp;tat précédent</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="98"/>
        <source>Go to the previous finding (Shift+F8)</source>
        <translation>Aller au constat précédent (Maj+F8)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="113"/>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="114"/>
        <source>Treat words differing only in capitals as equal (Ctrl+Alt+C)</source>
        <translation>Traiter comme égaux les mots qui ne diffèrent que par les majuscules (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="118"/>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ignorer la po&amp;nctuation</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="119"/>
        <source>Do not report punctuation and quote styles (Ctrl+Alt+P)</source>
        <translation>Ne pas signaler la ponctuation ni le style des guillemets (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="122"/>
        <source>&amp;Hide Synonym Swaps</source>
        <translation>&amp;Masquer les substitutions de synonymes</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="123"/>
        <source>Treat synonym swaps as unimportant (Ctrl+Alt+S)</source>
        <translation>Considérer les substitutions de synonymes comme négligeables (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="125"/>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="126"/>
        <source>Punctuation</source>
        <translation>Ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="127"/>
        <source>Synonyms</source>
        <translation>Synonymes</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="129"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="131"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="133"/>
        <source>&amp;Family of Versions…</source>
        <translation>&amp;Famille de versions…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="134"/>
        <source>Every open version at once: matrix, lineage, verdicts, quotations (Ctrl+J)</source>
        <translation>Toutes les versions ouvertes à la fois&#xa0;: matrice, filiation, verdicts, citations (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="137"/>
        <source>&amp;About Recension</source>
        <translation>À &amp;propos de Recension</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="152"/>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="179"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="206"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="213"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="81"/>
        <source>The last run ended unexpectedly; its workspace was recovered.</source>
        <translation>La dernière exécution s’est terminée de façon inattendue&#xa0;; son espace de travail a été récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="132"/>
        <source>Opened session %1.</source>
        <translation>Session %1 ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="145"/>
        <source>Session saved to %1.</source>
        <translation>Session enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="155"/>
        <location filename="../ui/window/mainwindowsession.cpp" line="162"/>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="155"/>
        <source>Recension sessions (*.recension);;All files (*)</source>
        <translation>Sessions Recension (*.recension);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="175"/>
        <source>story</source>
        <translation>article</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="178"/>
        <location filename="../ui/window/mainwindowsession.cpp" line="187"/>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="178"/>
        <source>Recension sessions (*.recension)</source>
        <translation>Sessions Recension (*.recension)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="205"/>
        <source>Pasted versions exist only in this window. Save the session before opening another, so that they are not lost?</source>
        <translation>Des versions collées n’existent que dans cette fenêtre. Enregistrer la session avant d’en ouvrir une autre, pour ne pas les perdre ?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="210"/>
        <source>Review marks were set since the session was saved. Save the session before opening another?</source>
        <translation>Des marques de relecture ont été posées depuis l’enregistrement de la session. Enregistrer la session avant d’en ouvrir une autre ?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="213"/>
        <source>Save Session?</source>
        <translation>Enregistrer la session&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="203"/>
        <source>Pasted versions exist only in this window. Save the session before quitting, so that they are not lost?</source>
        <translation>Les versions collées n’existent que dans cette fenêtre. Enregistrer la session avant de quitter, pour ne pas les perdre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="208"/>
        <source>Review marks were set since the session was saved. Save the session before quitting?</source>
        <translation>Des marques de relecture ont été posées depuis l’enregistrement de la session. Enregistrer la session avant de quitter&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::OverviewStrip</name>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="40"/>
        <source>Overview of changes</source>
        <translation>Vue d’ensemble des modifications</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="41"/>
        <source>Where the changes are; click to go there.</source>
        <translation>Emplacement des modifications&#xa0;; cliquez pour y aller.</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="101"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="101"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="103"/>
        <source>1 finding (%1 high)</source>
        <translation>1 constat (%1 de gravité élevée)</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="104"/>
        <source>%1 findings (%2 high)</source>
        <translation>%1 constats (%2 de gravité élevée)</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="105"/>
        <source>%1; %2. Click or drag to go to a part of the comparison.</source>
        <translation>%1&#xa0;; %2. Cliquez ou faites glisser pour aller à une partie de la comparaison.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::PairBar</name>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="22"/>
        <source>Left version</source>
        <translation>Version de gauche</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="22"/>
        <source>Right version</source>
        <translation>Version de droite</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="24"/>
        <source>The version shown in the left column; picking the right one swaps the sides</source>
        <translation>La version affichée dans la colonne de gauche&#xa0;; choisir celle de droite intervertit les côtés</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="26"/>
        <source>The version shown in the right column; picking the left one swaps the sides</source>
        <translation>La version affichée dans la colonne de droite&#xa0;; choisir celle de gauche intervertit les côtés</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="58"/>
        <source>%1 (base)</source>
        <extracomment>a version in a picker, marked as the base the others are read against</extracomment>
        <translation>%1 (base)</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ProvenanceDialog</name>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="17"/>
        <source>Provenance of %1</source>
        <translation>Provenance de %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="27"/>
        <source>The Harbour Gazette</source>
        <translation>La Gazette du Port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="27"/>
        <source>The publication that ran this version</source>
        <translation>La publication qui a diffusé cette version</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="28"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="28"/>
        <source>Where this version was published</source>
        <translation>Où cette version a été publiée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="29"/>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="31"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="30"/>
        <source>When it was published (ISO 8601: a date, or a date and time)</source>
        <translation>Date de publication (ISO 8601&#xa0;: une date, ou une date et une heure)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="32"/>
        <source>When this copy was taken (ISO 8601: a date, or a date and time)</source>
        <translation>Date à laquelle cette copie a été prise (ISO 8601&#xa0;: une date, ou une date et une heure)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="33"/>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="34"/>
        <source>Set the date retrieved to today</source>
        <translation>Mettre la date de consultation à aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="52"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="53"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="54"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="55"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="56"/>
        <source>&amp;Retrieved:</source>
        <translation>&amp;Consulté le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="89"/>
        <source>The URL is not valid.</source>
        <translation>L’URL n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="91"/>
        <source>The publication date is not an ISO 8601 date (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM).</source>
        <translation>La date de publication n’est pas une date ISO 8601 (AAAA-MM-JJ, ou avec une heure&#xa0;: AAAA-MM-JJTHH:MM).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="94"/>
        <source>The date retrieved is not an ISO 8601 date (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM).</source>
        <translation>La date de consultation n’est pas une date ISO 8601 (AAAA-MM-JJ, ou avec une heure&#xa0;: AAAA-MM-JJTHH:MM).</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteGridModel</name>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="114"/>
        <location filename="../ui/family/familygridmodels.cpp" line="149"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="128"/>
        <source>Speaker: %1</source>
        <translation>Locuteur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="147"/>
        <source>only in copies: %1</source>
        <translation>seulement dans des copies&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="153"/>
        <source>has it</source>
        <translation>présente</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="153"/>
        <source>— not there</source>
        <translation>— absente</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="178"/>
        <source>Q%1</source>
        <translation>C%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="179"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="182"/>
        <source>Quotation in the base</source>
        <translation>Citation dans la base</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="184"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteTableModel</name>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="173"/>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="192"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="193"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="194"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="195"/>
        <source>Left quotation</source>
        <translation>Citation de gauche</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="196"/>
        <source>Right quotation</source>
        <translation>Citation de droite</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="197"/>
        <source>Wording kept</source>
        <translation>Formulation conservée</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuotesPanel</name>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="34"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="35"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="36"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="37"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="38"/>
        <source>unquoted</source>
        <translation>non citée</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="47"/>
        <source>Quoted word for word (case, quote style and punctuation aside).</source>
        <translation>Citée mot pour mot (casse, style des guillemets et ponctuation mis à part).</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="48"/>
        <source>Quoted with words changed.</source>
        <translation>Citée avec des mots modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="49"/>
        <source>Only the left version has this quotation.</source>
        <translation>Seule la version de gauche contient cette citation.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="50"/>
        <source>Only the right version has this quotation.</source>
        <translation>Seule la version de droite contient cette citation.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="52"/>
        <source>The words survive in the right version, but no longer as a quotation.</source>
        <translation>Les mots subsistent dans la version de droite, mais plus comme citation.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="318"/>
        <source>Show quotations of status</source>
        <translation>Afficher les citations de ce statut</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="319"/>
        <source>All quotations</source>
        <translation>Toutes les citations</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="322"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="325"/>
        <source>Number of quotations shown</source>
        <translation>Nombre de citations affichées</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="329"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="331"/>
        <source>Each quotation of either version, its speaker and what became of it</source>
        <translation>Chaque citation des deux versions, son locuteur et ce qu’elle est devenue</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="394"/>
        <source>All quotations (%1)</source>
        <translation>Toutes les citations (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="396"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/quotespanel.cpp" line="433"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/quotespanel.cpp" line="434"/>
        <source>%1 of %n quotation(s)</source>
        <translation>
            <numerusform>%1 sur %n citation</numerusform>
            <numerusform>%1 sur %n citations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::RecentFiles</name>
    <message>
        <location filename="../ui/window/recentfiles.cpp" line="55"/>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/window/recentfiles.cpp" line="56"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/window/recentfiles.cpp" line="66"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ReloadBar</name>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="22"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="23"/>
        <source>Read the changed files again and compare anew</source>
        <translation>Relire les fichiers modifiés et comparer de nouveau</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="24"/>
        <source>&amp;Keep Shown Text</source>
        <translation>&amp;Garder le texte affiché</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="25"/>
        <source>Go on with the text loaded before the change</source>
        <translation>Continuer avec le texte chargé avant la modification</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="59"/>
        <source>“%1” changed on disk since it was opened.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque depuis son ouverture.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/reloadbar.cpp" line="60"/>
        <source>%n open versions changed on disk since they were opened: %1.</source>
        <translation>
            <numerusform>%n version ouverte a été modifiée sur le disque depuis son ouverture&#xa0;: %1.</numerusform>
            <numerusform>%n versions ouvertes ont été modifiées sur le disque depuis leur ouverture&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="62"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ReviewMarksController</name>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="23"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="53"/>
        <source>Mark as &amp;Checked</source>
        <translation>Marquer comme &amp;vérifié</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="54"/>
        <source>Mark as checked: verified, nothing to correct (Ctrl+K)</source>
        <translation>Marquer comme vérifié&#xa0;: contrôlé, rien à corriger (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="55"/>
        <source>Mark as &amp;Disputed</source>
        <translation>Marquer comme co&amp;ntesté</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="56"/>
        <source>Mark as disputed: needs a correction or an answer (Ctrl+D)</source>
        <translation>Marquer comme contesté&#xa0;: demande une correction ou une réponse (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="57"/>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la n&amp;ote…</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="58"/>
        <source>Write a note on the mark (Ctrl+Shift+N)</source>
        <translation>Écrire une note sur la marque (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="59"/>
        <source>C&amp;lear Mark</source>
        <translation>&amp;Supprimer la marque</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="60"/>
        <source>Remove the mark and its note (Ctrl+Shift+K)</source>
        <translation>Retirer la marque et sa note (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="220"/>
        <source>Note on change %1:</source>
        <translation>Note sur la modification %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="221"/>
        <source>Note on the %1 marked changes selected:</source>
        <translation>Note sur les %1 modifications marquées sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="222"/>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="235"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="235"/>
        <source>Note on finding %1:</source>
        <translation>Note sur le constat %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Screenshot</name>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="76"/>
        <source>--panel takes one of: %1</source>
        <translation>--panel accepte l’une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="80"/>
        <source>--screenshot needs an output file and two versions: recension --screenshot FILE.png LEFT RIGHT</source>
        <translation>--screenshot demande un fichier de sortie et deux versions&#xa0;: recension --screenshot FICHIER.png GAUCHE DROITE</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="106"/>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="121"/>
        <source>the window could not be rendered as %1</source>
        <translation>la fenêtre n’a pas pu être rendue en %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="21"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="23"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="24"/>
        <source>Ignore &amp;case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>Treat words that differ only in capitals as equal.</source>
        <translation>Traiter comme égaux les mots qui ne diffèrent que par les majuscules.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="26"/>
        <source>Ignore &amp;punctuation</source>
        <translation>Ignorer la &amp;ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="27"/>
        <source>Do not report commas, dashes and quote styles.</source>
        <translation>Ne pas signaler les virgules, les tirets ni le style des guillemets.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="28"/>
        <source>Treat &amp;synonym swaps as unimportant</source>
        <translation>Considérer les &amp;substitutions de synonymes comme négligeables</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="30"/>
        <source>A word swapped for a synonym counts as equal and is not listed as a change.</source>
        <translation>Un mot remplacé par un synonyme compte comme égal et n’apparaît pas parmi les modifications.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source>Follow the system (light or dark)</source>
        <translation>Suivre le système (clair ou sombre)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>Colour-blind safe (blue and orange)</source>
        <translation>Adapté aux daltoniens (bleu et orange)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="48"/>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="51"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Jeu de couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>&amp;Watch List</source>
        <translation>&amp;Liste de surveillance</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SideBySideView</name>
    <message>
        <location filename="../ui/view/sidebysidepaint.cpp" line="26"/>
        <source>Open two versions of an article to compare them: File ▸ Open, drag files here, or paste text copied from a browser.</source>
        <translation>Ouvrez deux versions d’un article pour les comparer&#xa0;: Fichier ▸ Ouvrir, glissez des fichiers ici ou collez du texte copié depuis un navigateur.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="33"/>
        <source>Side-by-side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="34"/>
        <source>The left version, a connector strip and the right version; changes are marked in both columns.</source>
        <translation>La version de gauche, une bande de liaison et la version de droite&#xa0;; les modifications sont marquées dans les deux colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="549"/>
        <source>%1 severity, inside a quotation</source>
        <translation>Gravité %1, dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="551"/>
        <source>%1 severity</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="32"/>
        <source>Copy the text selected in a pane</source>
        <translation>Copier le texte sélectionné dans un volet</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="36"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="39"/>
        <source>Select the whole text of the pane with the caret</source>
        <translation>Sélectionner tout le texte du volet où se trouve le curseur</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="565"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="570"/>
        <source>Copy &amp;Paragraph</source>
        <translation>Copier le para&amp;graphe</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="37"/>
        <source>Set aside as page clutter (%1) · click to compare it</source>
        <extracomment>the label above a paragraph shown greyed in the view; %1 is what it was taken for</extracomment>
        <translation>Écarté comme parasite de page (%1) · cliquez pour le comparer</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="108"/>
        <source>Taken for a %1 and left out of the comparison and its figures. Click to compare this paragraph after all.</source>
        <translation>Pris pour un élément de type «&#xa0;%1&#xa0;» et exclu de la comparaison et de ses chiffres. Cliquez pour comparer ce paragraphe malgré tout.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="133"/>
        <source>Compare Clutter &amp;After All</source>
        <translation>Comparer les parasites &amp;malgré tout</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="139"/>
        <source>%1, %2: %3</source>
        <extracomment>a paragraph set aside as clutter: side, kind, its opening words</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="140"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="140"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::UserGuide</name>
    <message>
        <location filename="../ui/window/userguide.cpp" line="16"/>
        <source>Recension User Guide</source>
        <translation>Recension – Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="19"/>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="35"/>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l’utilisateur manque dans cette version du programme.</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="41"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ViewAccessible</name>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="20"/>
        <source>nothing (a gap)</source>
        <translation>rien (un espace vide)</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="22"/>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="23"/>
        <source>paragraphs %1–%2</source>
        <translation>paragraphes %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="94"/>
        <source>Left version: %1</source>
        <translation>Version de gauche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="95"/>
        <source>Right version: %1</source>
        <translation>Version de droite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="233"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="237"/>
        <location filename="../ui/view/viewaccessible.cpp" line="257"/>
        <source>Left: %1; right: %2</source>
        <translation>Gauche&#xa0;: %1&#xa0;; droite&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="244"/>
        <source>Change %1: %2, %3 severity</source>
        <translation>Modification %1&#xa0;: %2, gravité %3</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="248"/>
        <source>%1, inside a quotation</source>
        <translation>%1, dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="253"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="255"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="311"/>
        <source>Connector: the rows side by side</source>
        <translation>Connecteur&#xa0;: les lignes côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="312"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="314"/>
        <source>Which passages of the two versions face each other, and how they differ.</source>
        <translation>Quels passages des deux versions se font face, et en quoi ils diffèrent.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::WatchListPage</name>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="21"/>
        <source>Names and terms your newsroom watches, one a line. A change that touches one is rated high and listed as a finding.</source>
        <translation>Noms et termes que votre rédaction surveille, un par ligne. Une modification qui en touche un est classée élevée et listée comme constat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="26"/>
        <source>Watched terms, one a line</source>
        <translation>Termes surveillés, un par ligne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="27"/>
        <source>Harbour Safety Board
Mayor Lindqvist
casualties</source>
        <translation>Autorité de sécurité portuaire
Maire Lindqvist
victimes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="30"/>
        <source>&amp;Load from File…</source>
        <translation>Charger depuis un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="31"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="34"/>
        <source>Watch list status</source>
        <translation>État de la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="38"/>
        <source>Load Watch List</source>
        <translation>Charger la liste de surveillance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="38"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/watchlistpage.cpp" line="98"/>
        <source>Loaded %n term(s) from %1.</source>
        <translation>
            <numerusform>%n terme chargé depuis %1.</numerusform>
            <numerusform>%n termes chargés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="111"/>
        <source>No term is watched.</source>
        <translation>Aucun terme n’est surveillé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/watchlistpage.cpp" line="112"/>
        <source>%n term(s) watched.</source>
        <translation>
            <numerusform>%n terme surveillé.</numerusform>
            <numerusform>%n termes surveillés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::WatchListReader</name>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="63"/>
        <source>%1: the term “%2…” is longer than %3 characters: a watch list holds one name or term a line.</source>
        <translation>%1&#xa0;: le terme «&#xa0;%2…&#xa0;» dépasse %3 caractères&#xa0;: une liste de surveillance contient un nom ou terme par ligne.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="67"/>
        <source>%1: the term “%2” has no letter or digit to look for.</source>
        <translation>%1&#xa0;: le terme «&#xa0;%2&#xa0;» ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="72"/>
        <source>%1 holds no terms: write one name or term a line.</source>
        <translation>%1 ne contient aucun terme&#xa0;: écrivez un nom ou terme par ligne.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="112"/>
        <source>Watch list “%1” cannot be read: there is no such file.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="114"/>
        <source>Watch list “%1” cannot be read: it is a folder, not a file.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="116"/>
        <location filename="../app/compare/watchlist.cpp" line="127"/>
        <source>Watch list “%1” is too large (more than 1 MiB): it should hold one name or term a line.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» est trop volumineuse (plus de 1 Mio)&#xa0;: elle doit contenir un nom ou terme par ligne.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="120"/>
        <source>Watch list “%1” cannot be read: %2</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="130"/>
        <source>Watch list “%1” is empty: write one name or term a line.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» est vide&#xa0;: écrivez un nom ou terme par ligne.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="132"/>
        <source>Watch list “%1” is a binary file, not a list of terms.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» est un fichier binaire, pas une liste de termes.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="136"/>
        <source>Watch list “%1” is not UTF-8 text: save it as UTF-8.</source>
        <translation>La liste de surveillance «&#xa0;%1&#xa0;» n’est pas du texte UTF-8&#xa0;: enregistrez-la en UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="140"/>
        <source>Watch list “%1”</source>
        <translation>Liste de surveillance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="154"/>
        <source>The watch list is too large (more than 1 MiB): it should hold one name or term a line.</source>
        <translation>La liste de surveillance est trop volumineuse (plus de 1 Mio)&#xa0;: elle doit contenir un nom ou terme par ligne.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="156"/>
        <source>The watch list</source>
        <translation>La liste de surveillance</translation>
    </message>
</context>
<context>
    <name>Recension::Workspace</name>
    <message>
        <location filename="../app/workspace/workspacesession.cpp" line="66"/>
        <source>Pasted text %1</source>
        <extracomment>the name of a pasted version restored from a session</extracomment>
        <translation>Texte collé %1</translation>
    </message>
</context>
<context>
    <name>Recension::ZipArchive</name>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="48"/>
        <source>its content would inflate past %1 (a compressed bomb, or a package too large to read)</source>
        <translation>son contenu dépasserait %1 une fois décompressé (une bombe de décompression ou un paquet trop volumineux)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="76"/>
        <source>it is not a zip package</source>
        <translation>ce n’est pas un paquet zip</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="77"/>
        <source>its zip structure is damaged or cut short (%1)</source>
        <translation>sa structure zip est endommagée ou tronquée (%1)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="85"/>
        <source>it holds %1 entries; the limit is %2</source>
        <translation>il contient %1 entrées&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="129"/>
        <source>its entry “%1” is missing</source>
        <translation>son entrée «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="135"/>
        <source>its entry “%1” is damaged</source>
        <translation>son entrée «&#xa0;%1&#xa0;» est endommagée</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="139"/>
        <location filename="../app/document/ziparchive.cpp" line="154"/>
        <source>it is encrypted (protected by a password)</source>
        <translation>il est chiffré (protégé par un mot de passe)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="155"/>
        <source>its entry “%1” cannot be opened (%2)</source>
        <translation>son entrée «&#xa0;%1&#xa0;» ne peut pas être ouverte (%2)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="166"/>
        <source>its entry “%1” is damaged (%2)</source>
        <translation>son entrée «&#xa0;%1&#xa0;» est endommagée (%2)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="190"/>
        <source>The zip package cannot be written: %1</source>
        <translation>Le paquet zip ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="244"/>
        <source>the package could not be read back from memory</source>
        <translation>le paquet n’a pas pu être relu depuis la mémoire</translation>
    </message>
</context>
</TS>
