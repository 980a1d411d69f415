<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Recension</name>
</context>
<context>
    <name>Recension::Cli::CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="154"/>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="38"/>
        <source>Aligns two versions of an article, names every divergence and writes the comparison as JSON, HTML or PDF. With no output option, the JSON goes to standard output.</source>
        <translation>Aligne deux versions d’un article, nomme chaque divergence et écrit la comparaison en JSON, HTML ou PDF. Sans option de sortie, le JSON est écrit sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="42"/>
        <source>The earlier version.</source>
        <translation>La version antérieure.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="43"/>
        <source>The later version.</source>
        <translation>La version ultérieure.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="45"/>
        <source>Write the comparison as JSON to FILE (- for standard output).</source>
        <translation>Écrire la comparaison en JSON dans FICHIER (- pour la sortie standard).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="46"/>
        <location filename="../app/cli/comparecommand.cpp" line="48"/>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="48"/>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Écrire un rapport HTML autonome dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Write a PDF report to FILE.</source>
        <translation>Écrire un rapport PDF dans FICHIER.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="52"/>
        <source>Do not report changes of letter case.</source>
        <translation>Ne pas signaler les changements de casse.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="54"/>
        <source>Do not report changes of punctuation only.</source>
        <translation>Ne pas signaler les modifications portant seulement sur la ponctuation.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="56"/>
        <source>Do not report synonym swaps outside quotations.</source>
        <translation>Ne pas signaler les substitutions de synonymes hors des citations.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="58"/>
        <source>Language of both versions (default: en).</source>
        <translation>Langue des deux versions (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="58"/>
        <source>tag</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="61"/>
        <source>Paper size of the PDF: a4 or letter (default: a4).</source>
        <translation>Format de papier du PDF&#xa0;: a4 ou letter (par défaut&#xa0;: a4).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="62"/>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="64"/>
        <source>Reports show only changed passages, each with a sentence of context.</source>
        <translation>Les rapports ne montrent que les passages modifiés, chacun avec une phrase de contexte.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="66"/>
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
        <location filename="../app/cli/comparecommand.cpp" line="98"/>
        <source>only --json writes to standard output (-); --html and --pdf need a file</source>
        <translation>seul --json écrit sur la sortie standard (-)&#xa0;; --html et --pdf demandent un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="100"/>
        <source>each output needs a file of its own</source>
        <translation>chaque sortie demande son propre fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="111"/>
        <source>refusing to write over the input file %1</source>
        <translation>refus d’écraser le fichier d’entrée %1</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="138"/>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="39"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="40"/>
        <source>Path:</source>
        <translation>Chemin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="41"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="42"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="43"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="44"/>
        <source>Paragraphs:</source>
        <translation>Paragraphes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="45"/>
        <source>Words:</source>
        <translation>Mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="46"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="48"/>
        <source>Warning:</source>
        <translation>Avertissement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="63"/>
        <source>Shows how Recension reads each file: title, format, encoding, paragraphs, words.</source>
        <translation>Montre comment Recension lit chaque fichier&#xa0;: titre, format, encodage, paragraphes, mots.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="67"/>
        <source>Print the documents as JSON (an object for one file, else an array).</source>
        <translation>Afficher les documents en JSON (un objet pour un seul fichier, sinon un tableau).</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="69"/>
        <source>Language of the files (default: en).</source>
        <translation>Langue des fichiers (par défaut&#xa0;: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="69"/>
        <source>tag</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="74"/>
        <source>The files to read.</source>
        <translation>Les fichiers à lire.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="74"/>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="88"/>
        <source>No file given.</source>
        <translation>Aucun fichier indiqué.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="89"/>
        <source>The language must not be empty.</source>
        <translation>La langue ne doit pas être vide.</translation>
    </message>
</context>
<context>
    <name>Recension::DocumentLoader</name>
    <message>
        <location filename="../app/document/documentloader.cpp" line="43"/>
        <source>“%1” is too large to compare (%2; the limit is %3).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être comparé (%2&#xa0;; la limite est de %3).</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="86"/>
        <source>“%1” contains only white space.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient que des espaces.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="87"/>
        <source>“%1” contains no readable text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="121"/>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: ce fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="124"/>
        <source>“%1” cannot be read: it is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="127"/>
        <source>“%1” cannot be read: it is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="134"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="135"/>
        <location filename="../app/document/documentloader.cpp" line="140"/>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="150"/>
        <location filename="../app/document/documentloader.cpp" line="188"/>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="162"/>
        <source>“%1” cannot be compared: it is a binary file, not text.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être comparé&#xa0;: c’est un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="165"/>
        <source>“%1” cannot be decoded: its encoding is not recognised.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être décodé&#xa0;: son encodage n’est pas reconnu.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="171"/>
        <source>Invalid %1 sequences in “%2”: %3 (shown as �).</source>
        <translation>Séquences %1 non valides dans «&#xa0;%2&#xa0;»&#xa0;: %3 (affichées comme �).</translation>
    </message>
</context>
<context>
    <name>Recension::PageFrame</name>
</context>
<context>
    <name>Recension::Report</name>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="149"/>
        <location filename="../app/report/pdfcontent.cpp" line="133"/>
        <location filename="../app/report/pdfcontent.cpp" line="194"/>
        <source>not in this version</source>
        <translation>absent de cette version</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="159"/>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <location filename="../app/report/pdfsummary.cpp" line="46"/>
        <source>Left version</source>
        <translation>Version de gauche</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="159"/>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <location filename="../app/report/pdfsummary.cpp" line="48"/>
        <source>Right version</source>
        <translation>Version de droite</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="166"/>
        <location filename="../app/report/pdfsummary.cpp" line="61"/>
        <source>Report made %1</source>
        <translation>Rapport établi&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="177"/>
        <location filename="../app/report/pdfsummary.cpp" line="71"/>
        <source>Similarity %1</source>
        <translation>Similarité %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="178"/>
        <location filename="../app/report/pdfsummary.cpp" line="72"/>
        <source>Changes: %1 (%2 high, %3 medium, %4 low severity)</source>
        <translation>Modifications&#xa0;: %1 (gravité&#xa0;: %2 élevée, %3 moyenne, %4 faible)</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="86"/>
        <source>Legend and changes by category</source>
        <translation>Légende et modifications par catégorie</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="186"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="186"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="201"/>
        <source>Words inside a quotation carry a line above. A small #N after a change is its number.</source>
        <translation>Les mots à l’intérieur d’une citation portent un trait au-dessus. Un petit #N après une modification en indique le numéro.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="211"/>
        <location filename="../app/report/pdfsummary.cpp" line="142"/>
        <source>High-severity changes</source>
        <translation>Modifications de gravité élevée</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="217"/>
        <location filename="../app/report/pdfcontent.cpp" line="144"/>
        <source>Quote audit</source>
        <translation>Vérification des citations</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="224"/>
        <location filename="../app/report/pdfcontent.cpp" line="147"/>
        <source>No quotations found.</source>
        <translation>Aucune citation trouvée.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="233"/>
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="242"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="260"/>
        <location filename="../app/report/pdfcontent.cpp" line="216"/>
        <source>No changed numbers, names, titles or organisations found.</source>
        <translation>Aucun nombre, nom, titre ou organisation modifié.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="266"/>
        <location filename="../app/report/pdfcontent.cpp" line="218"/>
        <source>Facts the same in both versions: %1</source>
        <translation>Faits identiques dans les deux versions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="277"/>
        <source>moved down in the right version, see change #%1</source>
        <translation>déplacé plus bas dans la version de droite, voir la modification #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="277"/>
        <source>moved up in the right version, see change #%1</source>
        <translation>déplacé plus haut dans la version de droite, voir la modification #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="278"/>
        <source>moved down from the left version, see change #%1</source>
        <translation>déplacé plus bas par rapport à la version de gauche, voir la modification #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="278"/>
        <source>moved up from the left version, see change #%1</source>
        <translation>déplacé plus haut par rapport à la version de gauche, voir la modification #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="284"/>
        <location filename="../app/report/pdfcontent.cpp" line="265"/>
        <source>not in the left version</source>
        <translation>absent de la version de gauche</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="284"/>
        <location filename="../app/report/pdfcontent.cpp" line="266"/>
        <source>not in the right version</source>
        <translation>absent de la version de droite</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="301"/>
        <location filename="../app/report/pdfcontent.cpp" line="42"/>
        <source>The two versions side by side</source>
        <translation>Les deux versions côte à côte</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="307"/>
        <location filename="../app/report/pdfcontent.cpp" line="232"/>
        <source>Unchanged passages left out: %1</source>
        <translation>Passages inchangés omis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="332"/>
        <location filename="../app/report/pdfreport.cpp" line="83"/>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>Made by recension %1</source>
        <translation>Produit par recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="58"/>
        <source>The two versions have no passages.</source>
        <translation>Les deux versions ne contiennent aucun passage.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="154"/>
        <source>similarity</source>
        <translation>similarité</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="168"/>
        <source>Facts: numbers, names, titles, organisations</source>
        <translation>Faits&#xa0;: nombres, noms, titres, organisations</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="260"/>
        <source>moved to page %1 in the right version, see change #%2</source>
        <extracomment>the passage stands on another page of the report, in the other version</extracomment>
        <translation>déplacé à la page %1 dans la version de droite, voir la modification #%2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="261"/>
        <source>moved from page %1 in the left version, see change #%2</source>
        <translation>déplacé depuis la page %1 de la version de gauche, voir la modification #%2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="25"/>
        <source>p. %1: %2</source>
        <extracomment>page of the report, then the numbers of the changes on it</extracomment>
        <translation>p. %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="68"/>
        <source>Options: %1</source>
        <translation>Options&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="83"/>
        <source>Quotations: %1</source>
        <translation>Citations&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Where in this report</source>
        <translation>Où dans ce rapport</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="130"/>
        <source>quoted words</source>
        <translation>mots cités</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="131"/>
        <source>Words inside a quotation carry a line above. A small #N after a change is its number; boxes on screen print as bold underlined words.</source>
        <translation>Les mots à l’intérieur d’une citation portent un trait au-dessus. Un petit #N après une modification en indique le numéro&#xa0;; les cadres affichés à l’écran s’impriment en mots gras soulignés.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="160"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="22"/>
        <location filename="../app/report/reportstrings.cpp" line="104"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="23"/>
        <location filename="../app/report/reportstrings.cpp" line="103"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="24"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="25"/>
        <source>synonym</source>
        <translation>synonyme</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="26"/>
        <source>inflection</source>
        <translation>flexion</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="27"/>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="28"/>
        <location filename="../app/report/reportstrings.cpp" line="78"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="29"/>
        <location filename="../app/report/reportstrings.cpp" line="79"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="30"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="31"/>
        <source>punctuation</source>
        <translation>ponctuation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="32"/>
        <source>case</source>
        <translation>casse</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="33"/>
        <location filename="../app/report/reportstrings.cpp" line="102"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="40"/>
        <source>words only the right version has</source>
        <translation>mots présents seulement à droite</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="41"/>
        <source>words only the left version has</source>
        <translation>mots présents seulement à gauche</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="42"/>
        <source>words replaced by different words</source>
        <translation>mots remplacés par d’autres</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="43"/>
        <source>a word swapped for a synonym</source>
        <translation>un mot remplacé par un synonyme</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="44"/>
        <source>another form of the same word</source>
        <translation>une autre forme du même mot</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="45"/>
        <source>the same word spelled differently</source>
        <translation>le même mot écrit autrement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="46"/>
        <source>a number, or how it is written</source>
        <translation>un nombre, ou sa graphie</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="47"/>
        <source>a proper name replaced or respelled</source>
        <translation>un nom propre remplacé ou orthographié autrement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="48"/>
        <source>a quotation given to another speaker</source>
        <translation>une citation attribuée à un autre locuteur</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="49"/>
        <source>punctuation only</source>
        <translation>ponctuation seulement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="50"/>
        <source>capital or small letters only</source>
        <translation>majuscules ou minuscules seulement</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="51"/>
        <source>a passage standing elsewhere</source>
        <translation>un passage placé ailleurs</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="58"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="59"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="60"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="67"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="68"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="69"/>
        <location filename="../app/report/reportstrings.cpp" line="91"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="70"/>
        <location filename="../app/report/reportstrings.cpp" line="92"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="71"/>
        <source>unquoted</source>
        <translation>non citée</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="80"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="81"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="82"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="89"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="90"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="99"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="100"/>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="101"/>
        <source>paraphrased</source>
        <translation>paraphrasé</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="144"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="145"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="146"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="147"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="148"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="149"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="156"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="157"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="160"/>
        <source>full text</source>
        <translation>texte intégral</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="161"/>
        <source>changed passages, with a sentence of context</source>
        <translation>passages modifiés, avec une phrase de contexte</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="162"/>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="163"/>
        <source>Ignore punctuation</source>
        <translation>Ignorer la ponctuation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="165"/>
        <source>Synonyms unimportant</source>
        <translation>Synonymes négligeables</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="167"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="168"/>
        <source>Report shows</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="174"/>
        <source>%1 %</source>
        <extracomment>a percentage, e.g. &quot;87.7 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="180"/>
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
        <location filename="../app/report/pdfreport.cpp" line="59"/>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="111"/>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../app/report/reportexport.cpp" line="44"/>
        <source>%1 is one of the compared files; a report never replaces a version.</source>
        <translation>%1 est l’un des fichiers comparés&#xa0;; un rapport ne remplace jamais une version.</translation>
    </message>
    <message>
        <location filename="../app/report/reportexport.cpp" line="50"/>
        <location filename="../app/report/reportexport.cpp" line="74"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui</name>
    <message>
        <location filename="../ui/application.cpp" line="36"/>
        <source>recension: no display to open a window on; use &apos;recension compare LEFT RIGHT --json -&apos; or &apos;recension info FILE&apos; to work headless.
</source>
        <translation>recension&#xa0;: aucun écran où ouvrir une fenêtre&#xa0;; pour travailler sans interface graphique, utilisez &apos;recension compare GAUCHE DROITE --json -&apos; ou &apos;recension info FICHIER&apos;.
</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="55"/>
        <source>Compare versions of an article.</source>
        <translation>Comparer des versions d’un article.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="60"/>
        <source>Render the window comparing the first two files to an image file, then exit.</source>
        <translation>Enregistrer dans un fichier image la fenêtre comparant les deux premiers fichiers, puis quitter.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="63"/>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="67"/>
        <source>With --screenshot: the lower panel to show (changes, quotations or facts).</source>
        <translation>Avec --screenshot&#xa0;: le panneau inférieur à afficher (changes, quotations ou facts).</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="70"/>
        <source>PANEL</source>
        <translation>PANNEAU</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="73"/>
        <source>Articles to open.</source>
        <translation>Articles à ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="86"/>
        <source>Open Versions</source>
        <translation>Ouvrir des versions</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListModel</name>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="118"/>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="130"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="131"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="132"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="133"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="134"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="135"/>
        <source>In quotation</source>
        <translation>En citation</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListPanel</name>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="30"/>
        <location filename="../ui/changelistpanel.cpp" line="225"/>
        <source>&amp;Categories</source>
        <translation>Caté&amp;gories</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="31"/>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="35"/>
        <location filename="../ui/changelistpanel.cpp" line="229"/>
        <source>Se&amp;verity</source>
        <translation>Gra&amp;vité</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="36"/>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="40"/>
        <source>Search changes</source>
        <translation>Rechercher des modifications</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="41"/>
        <source>Search the changes</source>
        <translation>Rechercher dans les modifications</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="44"/>
        <source>Number of changes shown</source>
        <translation>Nombre de modifications affichées</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="49"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="69"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="117"/>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="121"/>
        <source>Show Only &amp;Facts (numbers, names, speakers)</source>
        <translation>Afficher seulement les &amp;faits (nombres, noms, locuteurs)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="226"/>
        <source>&amp;Categories (%1 of %2)</source>
        <translation>Caté&amp;gories (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="230"/>
        <source>Se&amp;verity (%1 of %2)</source>
        <translation>Gra&amp;vité (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="234"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="234"/>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="235"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeStyle</name>
    <message>
        <location filename="../ui/changestyle.cpp" line="18"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="19"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="20"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="21"/>
        <source>synonym</source>
        <translation>synonyme</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="22"/>
        <source>inflection</source>
        <translation>flexion</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="23"/>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="24"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="25"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="26"/>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="27"/>
        <source>punctuation</source>
        <translation>ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="28"/>
        <source>case</source>
        <translation>casse</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="29"/>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="37"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="38"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="39"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="47"/>
        <source>identical passage</source>
        <translation>passage identique</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="48"/>
        <source>modified passage</source>
        <translation>passage modifié</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="49"/>
        <source>paraphrased passage</source>
        <translation>passage paraphrasé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="50"/>
        <source>moved passage</source>
        <translation>passage déplacé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="51"/>
        <source>deleted passage</source>
        <translation>passage supprimé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="52"/>
        <source>inserted passage</source>
        <translation>passage inséré</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="60"/>
        <source>underlined</source>
        <translation>souligné</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="61"/>
        <source>struck through</source>
        <translation>barré</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="62"/>
        <source>dashed underline</source>
        <translation>souligné en tirets</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="63"/>
        <source>dotted underline</source>
        <translation>souligné en pointillés</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="64"/>
        <source>dash-dot underline</source>
        <translation>souligné tiret-point</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="65"/>
        <source>wavy underline</source>
        <translation>souligné ondulé</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="66"/>
        <source>dash-dot-dot underline</source>
        <translation>souligné tiret-point-point</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="67"/>
        <source>double underline</source>
        <translation>souligné deux fois</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="68"/>
        <source>boxed</source>
        <translation>encadré</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="69"/>
        <source>dashed box</source>
        <translation>encadré en tirets</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="70"/>
        <source>dotted box</source>
        <translation>encadré en pointillés</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="71"/>
        <source>margin bar, sloped band</source>
        <translation>barre en marge, oblique</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonStatus</name>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="18"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="19"/>
        <source>Share of the words of both versions found again in the other (equal, equivalent or a synonym).</source>
        <translation>Part des mots de chaque version retrouvés dans l’autre (identiques, équivalents ou synonymes).</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="22"/>
        <source>Changes per category</source>
        <translation>Modifications par catégorie</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="24"/>
        <source>Comparison progress</source>
        <translation>Progression de la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="28"/>
        <source>Cancel the comparison</source>
        <translation>Annuler la comparaison</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="49"/>
        <source>Similarity %1 %</source>
        <translation>Similarité %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="54"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="56"/>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::DocumentListPanel</name>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="16"/>
        <source>Open versions</source>
        <translation>Versions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="17"/>
        <source>The open versions. Right-click (or the menu key) to compare one as the left or right side.</source>
        <translation>Les versions ouvertes. Clic droit (ou touche Menu) pour en placer une à gauche ou à droite de la comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="33"/>
        <source>Compare as &amp;Left</source>
        <translation>Comparer à &amp;gauche</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="35"/>
        <source>Compare as &amp;Right</source>
        <translation>Comparer à &amp;droite</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="37"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="72"/>
        <source>%1  (left and right)</source>
        <translation>%1  (gauche et droite)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="74"/>
        <source>%1  (left)</source>
        <translation>%1  (gauche)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="76"/>
        <source>%1  (right)</source>
        <translation>%1  (droite)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="78"/>
        <source>%1
%2 paragraphs, %3 words, %4</source>
        <translation>%1
%2 paragraphes, %3 mots, %4</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Evidence</name>
    <message>
        <location filename="../ui/evidence.cpp" line="25"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="27"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="33"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="80"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="81"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="86"/>
        <source>%1 severity</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="88"/>
        <source>%1, inside a quotation</source>
        <translation>%1, dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="90"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="97"/>
        <source>Left </source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="97"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="103"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="115"/>
        <source>%1 (%2, %3): absent from this passage</source>
        <translation>%1 (%2, %3)&#xa0;: absent de ce passage</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="118"/>
        <source>%1 (%2): absent</source>
        <translation>%1 (%2)&#xa0;: absent</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="45"/>
        <location filename="../ui/exportdialog.cpp" line="156"/>
        <location filename="../ui/exportdialog.cpp" line="178"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>HTML page (self-contained)</source>
        <translation>Page HTML (autonome)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="49"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (pour les scripts)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="52"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="53"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="54"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="57"/>
        <source>&amp;Full text of both versions</source>
        <translation>&amp;Texte intégral des deux versions</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="58"/>
        <source>&amp;Changed passages only, with a sentence of context</source>
        <translation>&amp;Seulement les passages modifiés, avec une phrase de contexte</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="61"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="70"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="80"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="81"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="82"/>
        <source>Content:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="125"/>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="129"/>
        <source>%1-vs-%2</source>
        <translation>%1-vs-%2</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="154"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="171"/>
        <source>%1 is one of the compared versions; choose another file.</source>
        <translation>%1 est l’une des versions comparées&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="179"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactTableModel</name>
    <message>
        <location filename="../ui/factspanel.cpp" line="137"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="138"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="139"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="140"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="141"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="158"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="159"/>
        <source>Changes: %1</source>
        <translation>Modifications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactsPanel</name>
    <message>
        <location filename="../ui/factspanel.cpp" line="29"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="30"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="31"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="32"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="33"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="41"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="42"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="43"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="44"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="229"/>
        <source>Show &amp;unchanged facts</source>
        <translation>Afficher les faits &amp;inchangés</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="230"/>
        <source>Show unchanged facts</source>
        <translation>Afficher les faits inchangés</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="232"/>
        <source>Number of facts shown</source>
        <translation>Nombre de faits affichés</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="236"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="238"/>
        <source>Numbers, dates, names, titles and organisations, and what became of them</source>
        <translation>Nombres, dates, noms, titres et organisations, et ce qu’ils sont devenus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factspanel.cpp" line="321"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fait</numerusform>
            <numerusform>%n faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factspanel.cpp" line="322"/>
        <source>%1 of %n fact(s)</source>
        <translation>
            <numerusform>%1 sur %n fait</numerusform>
            <numerusform>%1 sur %n faits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="14"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="16"/>
        <source>Find in both versions</source>
        <translation>Rechercher dans les deux versions</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="17"/>
        <source>Text to find in both columns</source>
        <translation>Texte à rechercher dans les deux colonnes</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="21"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="24"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="27"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="30"/>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="31"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="33"/>
        <source>Number of matches</source>
        <translation>Nombre d’occurrences</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="35"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="36"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="37"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="75"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="77"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="77"/>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LegendWidget</name>
    <message>
        <location filename="../ui/legendwidget.cpp" line="15"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="16"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="17"/>
        <source>reworded</source>
        <translation>reformulé</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="18"/>
        <source>safety</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="19"/>
        <source>says</source>
        <translation>dit</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="20"/>
        <source>colour</source>
        <translation>clé</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="21"/>
        <source>3,600</source>
        <translation>3 600</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="22"/>
        <source>Smith</source>
        <translation>Dupont</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="23"/>
        <source>she said</source>
        <translation>dit-elle</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="24"/>
        <source>; —</source>
        <translation>; —</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="25"/>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="26"/>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="40"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="82"/>
        <source>inside a quotation: line above</source>
        <translation>dans une citation&#xa0;: trait au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="83"/>
        <source>nothing on this side: hatched gap</source>
        <translation>rien de ce côté&#xa0;: espace hachuré</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="139"/>
        <source>“quoted”</source>
        <translation>«&#xa0;cité&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="140"/>
        <source>in a quotation</source>
        <translation>dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="140"/>
        <source>line above</source>
        <translation>trait au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="145"/>
        <source>gap</source>
        <translation>espace vide</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="145"/>
        <source>nothing on this side</source>
        <translation>rien de ce côté</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Recension</source>
        <translation>Recension</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Changes, quotations and facts</source>
        <translation>Modifications, citations et faits</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Quotations</source>
        <translation>Citati&amp;ons</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Fac&amp;ts</source>
        <translation>Fai&amp;ts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>No change is shown in the list; check its filters.</source>
        <translation>La liste n’affiche aucune modification&#xa0;; vérifiez ses filtres.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Select a change first.</source>
        <translation>Sélectionnez d’abord une modification.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Evidence for change %1 copied to the clipboard.</source>
        <translation>Preuve de la modification %1 copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>Open Versions</source>
        <translation>Ouvrir des versions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>The clipboard holds no text to add.</source>
        <translation>Le presse-papiers ne contient aucun texte à ajouter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Pasted text %1</source>
        <translation>Texte collé %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Paste as New Version</source>
        <translation>Coller comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>About Recension</source>
        <translation>À propos de Recension</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compares versions of a news article: aligns the passages that say the same thing and names every divergence — synonyms, numbers, names, altered quotations, inserted, deleted and moved passages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compare des versions d’un article de presse&#xa0;: aligne les passages qui disent la même chose et nomme chaque divergence — synonymes, nombres, noms, citations altérées, passages insérés, supprimés et déplacés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="36"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>Open versions of the article (Ctrl+O)</source>
        <translation>Ouvrir des versions de l’article (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Paste as New Version</source>
        <translation>&amp;Coller comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="42"/>
        <source>Add the text on the clipboard as a new version (Ctrl+Shift+V)</source>
        <translation>Ajouter le texte du presse-papiers comme nouvelle version (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="44"/>
        <source>&amp;Remove Version</source>
        <translation>Re&amp;tirer la version</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="48"/>
        <source>Write the comparison as a PDF, HTML or JSON report (Ctrl+E)</source>
        <translation>Écrire la comparaison dans un rapport PDF, HTML ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="54"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="56"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="58"/>
        <source>Copy both sides of the current change with file names and lines (Ctrl+Shift+C)</source>
        <translation>Copier les deux côtés de la modification courante, avec noms de fichier et lignes (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="60"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="61"/>
        <source>Find text in both versions (Ctrl+F)</source>
        <translation>Rechercher du texte dans les deux versions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="62"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="63"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="64"/>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="69"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Inverser les côtés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="71"/>
        <source>Swap the left and right versions (Ctrl+Shift+X)</source>
        <translation>Intervertir les versions de gauche et de droite (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="73"/>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="74"/>
        <source>Go to the next change in the list (F7)</source>
        <translation>Aller à la modification suivante de la liste (F7)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="76"/>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="78"/>
        <source>Go to the previous change in the list (Shift+F7)</source>
        <translation>Aller à la modification précédente de la liste (Maj+F7)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="93"/>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="94"/>
        <source>Treat words differing only in capitals as equal (Ctrl+Alt+C)</source>
        <translation>Traiter comme égaux les mots qui ne diffèrent que par les majuscules (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="98"/>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ignorer la po&amp;nctuation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="99"/>
        <source>Do not report punctuation and quote styles (Ctrl+Alt+P)</source>
        <translation>Ne pas signaler la ponctuation ni le style des guillemets (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>&amp;Hide Synonym Swaps</source>
        <translation>&amp;Masquer les substitutions de synonymes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Treat synonym swaps as unimportant (Ctrl+Alt+S)</source>
        <translation>Considérer les substitutions de synonymes comme négligeables (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="105"/>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Punctuation</source>
        <translation>Ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="107"/>
        <source>Synonyms</source>
        <translation>Synonymes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="109"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="111"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="113"/>
        <source>&amp;About Recension</source>
        <translation>À &amp;propos de Recension</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="128"/>
        <source>Open Recent</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="140"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="149"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="169"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="175"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::OverviewStrip</name>
    <message>
        <location filename="../ui/overviewstrip.cpp" line="36"/>
        <source>Overview of changes</source>
        <translation>Vue d’ensemble des modifications</translation>
    </message>
    <message>
        <location filename="../ui/overviewstrip.cpp" line="37"/>
        <source>Where the changes are; click to go there.</source>
        <translation>Emplacement des modifications&#xa0;; cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::PairBar</name>
    <message>
        <location filename="../ui/pairbar.cpp" line="20"/>
        <source>Left version</source>
        <translation>Version de gauche</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="20"/>
        <source>Right version</source>
        <translation>Version de droite</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="21"/>
        <source>The version shown in the left column</source>
        <translation>La version affichée dans la colonne de gauche</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="22"/>
        <source>The version shown in the right column</source>
        <translation>La version affichée dans la colonne de droite</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteTableModel</name>
    <message>
        <location filename="../ui/quotespanel.cpp" line="172"/>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="176"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="189"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="190"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="191"/>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="192"/>
        <source>Left quotation</source>
        <translation>Citation de gauche</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="193"/>
        <source>Right quotation</source>
        <translation>Citation de droite</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="194"/>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuotesPanel</name>
    <message>
        <location filename="../ui/quotespanel.cpp" line="33"/>
        <source>verbatim</source>
        <translation>textuelle</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="34"/>
        <source>altered</source>
        <translation>altérée</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="35"/>
        <source>missing</source>
        <translation>omission</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="36"/>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="37"/>
        <source>unquoted</source>
        <translation>non citée</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="46"/>
        <source>Quoted word for word (case, quote style and punctuation aside).</source>
        <translation>Citée mot pour mot (casse, style des guillemets et ponctuation mis à part).</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="47"/>
        <source>Quoted with words changed.</source>
        <translation>Citée avec des mots modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="48"/>
        <source>Only the left version has this quotation.</source>
        <translation>Seule la version de gauche contient cette citation.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="49"/>
        <source>Only the right version has this quotation.</source>
        <translation>Seule la version de droite contient cette citation.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="51"/>
        <source>The words survive in the right version, but no longer as a quotation.</source>
        <translation>Les mots subsistent dans la version de droite, mais plus comme citation.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="315"/>
        <source>Show quotations of status</source>
        <translation>Afficher les citations de ce statut</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="316"/>
        <source>All quotations</source>
        <translation>Toutes les citations</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="319"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="322"/>
        <source>Number of quotations shown</source>
        <translation>Nombre de citations affichées</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="326"/>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="327"/>
        <source>Each quotation of either version, its speaker and what became of it</source>
        <translation>Chaque citation des deux versions, son locuteur et ce qu’elle est devenue</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="390"/>
        <source>All quotations (%1)</source>
        <translation>Toutes les citations (%1)</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="392"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotespanel.cpp" line="429"/>
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotespanel.cpp" line="430"/>
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
        <location filename="../ui/recentfiles.cpp" line="55"/>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/recentfiles.cpp" line="56"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/recentfiles.cpp" line="66"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Screenshot</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="38"/>
        <source>--panel takes one of: %1</source>
        <translation>--panel accepte l’une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="42"/>
        <source>--screenshot needs an output file and two versions: recension --screenshot FILE.png LEFT RIGHT</source>
        <translation>--screenshot demande un fichier de sortie et deux versions&#xa0;: recension --screenshot FICHIER.png GAUCHE DROITE</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="62"/>
        <source>the comparison did not finish</source>
        <translation>la comparaison n’a pas abouti</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="71"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="18"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="20"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>Ignore &amp;case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="22"/>
        <source>Treat words that differ only in capitals as equal.</source>
        <translation>Traiter comme égaux les mots qui ne diffèrent que par les majuscules.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Ignore &amp;punctuation</source>
        <translation>Ignorer la &amp;ponctuation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="24"/>
        <source>Do not report commas, dashes and quote styles.</source>
        <translation>Ne pas signaler les virgules, les tirets ni le style des guillemets.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Treat &amp;synonym swaps as unimportant</source>
        <translation>Considérer les &amp;substitutions de synonymes comme négligeables</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>A word swapped for a synonym counts as equal and is not listed as a change.</source>
        <translation>Un mot remplacé par un synonyme compte comme égal et n’apparaît pas parmi les modifications.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>Follow the system (light or dark)</source>
        <translation>Suivre le système (clair ou sombre)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>Colour-blind safe (blue and orange)</source>
        <translation>Adapté aux daltoniens (bleu et orange)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Jeu de couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SideBySideView</name>
    <message>
        <location filename="../ui/sidebysidepaint.cpp" line="26"/>
        <source>Open two versions of an article to compare them: File ▸ Open, drag files here, or paste text copied from a browser.</source>
        <translation>Ouvrez deux versions d’un article pour les comparer&#xa0;: Fichier ▸ Ouvrir, glissez des fichiers ici ou collez du texte copié depuis un navigateur.</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="31"/>
        <source>Side-by-side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="32"/>
        <source>The left version, a connector strip and the right version; changes are marked in both columns.</source>
        <translation>La version de gauche, une bande de liaison et la version de droite&#xa0;; les modifications sont marquées dans les deux colonnes.</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="522"/>
        <source>%1 severity, inside a quotation</source>
        <translation>Gravité %1, dans une citation</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="524"/>
        <source>%1 severity</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="555"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Copier comme &amp;preuve</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="560"/>
        <source>Copy &amp;Paragraph</source>
        <translation>Copier le para&amp;graphe</translation>
    </message>
</context>
</TS>
