<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Recension</name>
</context>
<context>
    <name>Recension::Cli::CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="154"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="38"/>
        <source>Aligns two versions of an article, names every divergence and writes the comparison as JSON, HTML or PDF. With no output option, the JSON goes to standard output.</source>
        <translation>Richtet zwei Fassungen eines Artikels aneinander aus, benennt jede Abweichung und schreibt den Vergleich als JSON, HTML oder PDF. Ohne Ausgabeoption geht das JSON auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="42"/>
        <source>The earlier version.</source>
        <translation>Die frühere Fassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="43"/>
        <source>The later version.</source>
        <translation>Die spätere Fassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="45"/>
        <source>Write the comparison as JSON to FILE (- for standard output).</source>
        <translation>Den Vergleich als JSON in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="46"/>
        <location filename="../app/cli/comparecommand.cpp" line="48"/>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="48"/>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Einen eigenständigen HTML-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Write a PDF report to FILE.</source>
        <translation>Einen PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="52"/>
        <source>Do not report changes of letter case.</source>
        <translation>Änderungen der Groß- und Kleinschreibung nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="54"/>
        <source>Do not report changes of punctuation only.</source>
        <translation>Reine Änderungen der Zeichensetzung nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="56"/>
        <source>Do not report synonym swaps outside quotations.</source>
        <translation>Synonymtausch außerhalb von Zitaten nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="58"/>
        <source>Language of both versions (default: en).</source>
        <translation>Sprache beider Fassungen (Standard: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="58"/>
        <source>tag</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="61"/>
        <source>Paper size of the PDF: a4 or letter (default: a4).</source>
        <translation>Papierformat des PDF: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="62"/>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="64"/>
        <source>Reports show only changed passages, each with a sentence of context.</source>
        <translation>Berichte zeigen nur geänderte Passagen, jeweils mit einem Satz Kontext.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="66"/>
        <source>Leave the time of the comparison out, for byte-identical output.</source>
        <translation>Zeitpunkt des Vergleichs weglassen, für byte-identische Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="83"/>
        <source>needs two files, LEFT and RIGHT</source>
        <translation>braucht zwei Dateien (left und right)</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="84"/>
        <source>--paper takes a4 or letter</source>
        <translation>--paper erwartet a4 oder letter</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="98"/>
        <source>only --json writes to standard output (-); --html and --pdf need a file</source>
        <translation>nur --json schreibt in die Standardausgabe (-); --html und --pdf brauchen eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="100"/>
        <source>each output needs a file of its own</source>
        <translation>jede Ausgabe braucht eine eigene Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="111"/>
        <source>refusing to write over the input file %1</source>
        <translation>die Eingabedatei %1 wird nicht überschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="138"/>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="39"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="40"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="41"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="42"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="43"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="44"/>
        <source>Paragraphs:</source>
        <translation>Absätze:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="45"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="46"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="48"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="63"/>
        <source>Shows how Recension reads each file: title, format, encoding, paragraphs, words.</source>
        <translation>Zeigt, wie Recension jede Datei liest: Titel, Format, Kodierung, Absätze, Wörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="67"/>
        <source>Print the documents as JSON (an object for one file, else an array).</source>
        <translation>Die Dokumente als JSON ausgeben (ein Objekt bei einer Datei, sonst ein Array).</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="69"/>
        <source>Language of the files (default: en).</source>
        <translation>Sprache der Dateien (Standard: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="69"/>
        <source>tag</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="74"/>
        <source>The files to read.</source>
        <translation>Die zu lesenden Dateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="74"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="88"/>
        <source>No file given.</source>
        <translation>Keine Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="89"/>
        <source>The language must not be empty.</source>
        <translation>Die Sprache darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>Recension::DocumentLoader</name>
    <message>
        <location filename="../app/document/documentloader.cpp" line="43"/>
        <source>“%1” is too large to compare (%2; the limit is %3).</source>
        <translation>„%1“ ist zu groß zum Vergleichen (%2; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="86"/>
        <source>“%1” contains only white space.</source>
        <translation>„%1“ enthält nur Leerraum.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="87"/>
        <source>“%1” contains no readable text.</source>
        <translation>„%1“ enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="121"/>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="124"/>
        <source>“%1” cannot be read: it is a folder, not a file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="127"/>
        <source>“%1” cannot be read: it is not a regular file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="134"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="135"/>
        <location filename="../app/document/documentloader.cpp" line="140"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="150"/>
        <location filename="../app/document/documentloader.cpp" line="188"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="162"/>
        <source>“%1” cannot be compared: it is a binary file, not text.</source>
        <translation>„%1“ kann nicht verglichen werden: Es ist eine Binärdatei, kein Text.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="165"/>
        <source>“%1” cannot be decoded: its encoding is not recognised.</source>
        <translation>„%1“ kann nicht dekodiert werden: Die Kodierung wurde nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="171"/>
        <source>Invalid %1 sequences in “%2”: %3 (shown as �).</source>
        <translation>Ungültige %1-Sequenzen in „%2“: %3 (als � dargestellt).</translation>
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
        <translation>nicht in dieser Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="159"/>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <location filename="../app/report/pdfsummary.cpp" line="46"/>
        <source>Left version</source>
        <translation>Linke Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="159"/>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <location filename="../app/report/pdfsummary.cpp" line="48"/>
        <source>Right version</source>
        <translation>Rechte Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="166"/>
        <location filename="../app/report/pdfsummary.cpp" line="61"/>
        <source>Report made %1</source>
        <translation>Bericht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="177"/>
        <location filename="../app/report/pdfsummary.cpp" line="71"/>
        <source>Similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="178"/>
        <location filename="../app/report/pdfsummary.cpp" line="72"/>
        <source>Changes: %1 (%2 high, %3 medium, %4 low severity)</source>
        <translation>Änderungen: %1 (Schweregrad: %2 hoch, %3 mittel, %4 niedrig)</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="86"/>
        <source>Legend and changes by category</source>
        <translation>Legende und Änderungen nach Kategorie</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="185"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="186"/>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="186"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="201"/>
        <source>Words inside a quotation carry a line above. A small #N after a change is its number.</source>
        <translation>Wörter innerhalb eines Zitats tragen einen Strich darüber. Ein kleines #N nach einer Änderung ist ihre Nummer.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="211"/>
        <location filename="../app/report/pdfsummary.cpp" line="142"/>
        <source>High-severity changes</source>
        <translation>Änderungen mit hohem Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="217"/>
        <location filename="../app/report/pdfcontent.cpp" line="144"/>
        <source>Quote audit</source>
        <translation>Zitatprüfung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="224"/>
        <location filename="../app/report/pdfcontent.cpp" line="147"/>
        <source>No quotations found.</source>
        <translation>Keine Zitate gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="233"/>
        <source>similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="242"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="260"/>
        <location filename="../app/report/pdfcontent.cpp" line="216"/>
        <source>No changed numbers, names, titles or organisations found.</source>
        <translation>Keine geänderten Zahlen, Namen, Titel oder Organisationen gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="263"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="266"/>
        <location filename="../app/report/pdfcontent.cpp" line="218"/>
        <source>Facts the same in both versions: %1</source>
        <translation>In beiden Fassungen gleiche Fakten: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="277"/>
        <source>moved down in the right version, see change #%1</source>
        <translation>in der rechten Fassung nach unten verschoben, siehe Änderung #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="277"/>
        <source>moved up in the right version, see change #%1</source>
        <translation>in der rechten Fassung nach oben verschoben, siehe Änderung #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="278"/>
        <source>moved down from the left version, see change #%1</source>
        <translation>gegenüber der linken Fassung nach unten verschoben, siehe Änderung #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="278"/>
        <source>moved up from the left version, see change #%1</source>
        <translation>gegenüber der linken Fassung nach oben verschoben, siehe Änderung #%1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="284"/>
        <location filename="../app/report/pdfcontent.cpp" line="265"/>
        <source>not in the left version</source>
        <translation>nicht in der linken Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="284"/>
        <location filename="../app/report/pdfcontent.cpp" line="266"/>
        <source>not in the right version</source>
        <translation>nicht in der rechten Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="301"/>
        <location filename="../app/report/pdfcontent.cpp" line="42"/>
        <source>The two versions side by side</source>
        <translation>Die beiden Fassungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="307"/>
        <location filename="../app/report/pdfcontent.cpp" line="232"/>
        <source>Unchanged passages left out: %1</source>
        <translation>Ausgelassene unveränderte Passagen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="332"/>
        <location filename="../app/report/pdfreport.cpp" line="83"/>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>Made by recension %1</source>
        <translation>Erstellt mit recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="58"/>
        <source>The two versions have no passages.</source>
        <translation>Die beiden Fassungen enthalten keine Passagen.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="154"/>
        <source>similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="168"/>
        <source>Facts: numbers, names, titles, organisations</source>
        <translation>Fakten: Zahlen, Namen, Titel, Organisationen</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="260"/>
        <source>moved to page %1 in the right version, see change #%2</source>
        <extracomment>the passage stands on another page of the report, in the other version</extracomment>
        <translation>in der rechten Fassung auf Seite %1 verschoben, siehe Änderung #%2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="261"/>
        <source>moved from page %1 in the left version, see change #%2</source>
        <translation>von Seite %1 der linken Fassung hierher verschoben, siehe Änderung #%2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="25"/>
        <source>p. %1: %2</source>
        <extracomment>page of the report, then the numbers of the changes on it</extracomment>
        <translation>S. %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="68"/>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="83"/>
        <source>Quotations: %1</source>
        <translation>Zitate: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="96"/>
        <source>Where in this report</source>
        <translation>Wo in diesem Bericht</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="130"/>
        <source>quoted words</source>
        <translation>zitierte Wörter</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="131"/>
        <source>Words inside a quotation carry a line above. A small #N after a change is its number; boxes on screen print as bold underlined words.</source>
        <translation>Wörter innerhalb eines Zitats tragen einen Strich darüber. Ein kleines #N nach einer Änderung ist ihre Nummer; Rahmen auf dem Bildschirm erscheinen im Druck als fett unterstrichene Wörter.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="160"/>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="22"/>
        <location filename="../app/report/reportstrings.cpp" line="104"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="23"/>
        <location filename="../app/report/reportstrings.cpp" line="103"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="24"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="25"/>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="26"/>
        <source>inflection</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="27"/>
        <source>spelling</source>
        <translation>Schreibung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="28"/>
        <location filename="../app/report/reportstrings.cpp" line="78"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="29"/>
        <location filename="../app/report/reportstrings.cpp" line="79"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="30"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="31"/>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="32"/>
        <source>case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="33"/>
        <location filename="../app/report/reportstrings.cpp" line="102"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="40"/>
        <source>words only the right version has</source>
        <translation>Wörter, die nur die rechte Fassung hat</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="41"/>
        <source>words only the left version has</source>
        <translation>Wörter, die nur die linke Fassung hat</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="42"/>
        <source>words replaced by different words</source>
        <translation>Wörter durch andere ersetzt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="43"/>
        <source>a word swapped for a synonym</source>
        <translation>ein Wort gegen ein Synonym getauscht</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="44"/>
        <source>another form of the same word</source>
        <translation>eine andere Form desselben Worts</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="45"/>
        <source>the same word spelled differently</source>
        <translation>dasselbe Wort anders geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="46"/>
        <source>a number, or how it is written</source>
        <translation>eine Zahl oder ihre Schreibweise</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="47"/>
        <source>a proper name replaced or respelled</source>
        <translation>ein Eigenname ersetzt oder anders geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="48"/>
        <source>a quotation given to another speaker</source>
        <translation>ein Zitat einem anderen Sprecher zugeschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="49"/>
        <source>punctuation only</source>
        <translation>nur Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="50"/>
        <source>capital or small letters only</source>
        <translation>nur Groß- oder Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="51"/>
        <source>a passage standing elsewhere</source>
        <translation>eine Passage an anderer Stelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="58"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="59"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="60"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="67"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="68"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="69"/>
        <location filename="../app/report/reportstrings.cpp" line="91"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="70"/>
        <location filename="../app/report/reportstrings.cpp" line="92"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="71"/>
        <source>unquoted</source>
        <translation>nicht mehr zitiert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="80"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="81"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="82"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="89"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="90"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="99"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="100"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="101"/>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="144"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="145"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="146"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="147"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="148"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="149"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="156"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="157"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="160"/>
        <source>full text</source>
        <translation>vollständiger Text</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="161"/>
        <source>changed passages, with a sentence of context</source>
        <translation>geänderte Passagen, mit einem Satz Kontext</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="162"/>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="163"/>
        <source>Ignore punctuation</source>
        <translation>Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="165"/>
        <source>Synonyms unimportant</source>
        <translation>Synonyme unwichtig</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="167"/>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="168"/>
        <source>Report shows</source>
        <translation>Bericht zeigt</translation>
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
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="45"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="46"/>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="46"/>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="58"/>
        <source>Recension %1 comparison report</source>
        <translation>Recension %1 – Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="59"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfreport.cpp" line="111"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/report/reportexport.cpp" line="44"/>
        <source>%1 is one of the compared files; a report never replaces a version.</source>
        <translation>%1 ist eine der verglichenen Dateien; ein Bericht ersetzt nie eine Fassung.</translation>
    </message>
    <message>
        <location filename="../app/report/reportexport.cpp" line="50"/>
        <location filename="../app/report/reportexport.cpp" line="74"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui</name>
    <message>
        <location filename="../ui/application.cpp" line="36"/>
        <source>recension: no display to open a window on; use &apos;recension compare LEFT RIGHT --json -&apos; or &apos;recension info FILE&apos; to work headless.
</source>
        <translation>recension: kein Display, auf dem sich ein Fenster öffnen ließe; ohne Oberfläche arbeiten Sie mit &apos;recension compare LINKS RECHTS --json -&apos; oder &apos;recension info DATEI&apos;.
</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="55"/>
        <source>Compare versions of an article.</source>
        <translation>Fassungen eines Artikels vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="60"/>
        <source>Render the window comparing the first two files to an image file, then exit.</source>
        <translation>Das Fenster mit dem Vergleich der ersten beiden Dateien als Bilddatei speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="63"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="67"/>
        <source>With --screenshot: the lower panel to show (changes, quotations or facts).</source>
        <translation>Mit --screenshot: der anzuzeigende untere Bereich (changes, quotations oder facts).</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="70"/>
        <source>PANEL</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="73"/>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/application.cpp" line="86"/>
        <source>Open Versions</source>
        <translation>Fassungen öffnen</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListModel</name>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="118"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="130"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="131"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="132"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="133"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="134"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/changelistmodel.cpp" line="135"/>
        <source>In quotation</source>
        <translation>Im Zitat</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListPanel</name>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="30"/>
        <location filename="../ui/changelistpanel.cpp" line="225"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="31"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="35"/>
        <location filename="../ui/changelistpanel.cpp" line="229"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="36"/>
        <source>Filter by severity</source>
        <translation>Nach Schweregrad filtern</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="40"/>
        <source>Search changes</source>
        <translation>Änderungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="41"/>
        <source>Search the changes</source>
        <translation>Die Änderungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="44"/>
        <source>Number of changes shown</source>
        <translation>Anzahl der angezeigten Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="49"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="69"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="117"/>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="121"/>
        <source>Show Only &amp;Facts (numbers, names, speakers)</source>
        <translation>Nur &amp;Fakten anzeigen (Zahlen, Namen, Sprecher)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="226"/>
        <source>&amp;Categories (%1 of %2)</source>
        <translation>&amp;Kategorien (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="230"/>
        <source>Se&amp;verity (%1 of %2)</source>
        <translation>&amp;Schweregrad (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="234"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="234"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/changelistpanel.cpp" line="235"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeStyle</name>
    <message>
        <location filename="../ui/changestyle.cpp" line="18"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="19"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="20"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="21"/>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="22"/>
        <source>inflection</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="23"/>
        <source>spelling</source>
        <translation>Schreibung</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="24"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="25"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="26"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="27"/>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="28"/>
        <source>case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="29"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="37"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="38"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="39"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="47"/>
        <source>identical passage</source>
        <translation>identische Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="48"/>
        <source>modified passage</source>
        <translation>geänderte Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="49"/>
        <source>paraphrased passage</source>
        <translation>umformulierte Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="50"/>
        <source>moved passage</source>
        <translation>verschobene Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="51"/>
        <source>deleted passage</source>
        <translation>gelöschte Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="52"/>
        <source>inserted passage</source>
        <translation>eingefügte Passage</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="60"/>
        <source>underlined</source>
        <translation>unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="61"/>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="62"/>
        <source>dashed underline</source>
        <translation>gestrichelt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="63"/>
        <source>dotted underline</source>
        <translation>gepunktet unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="64"/>
        <source>dash-dot underline</source>
        <translation>Strich-Punkt-Linie</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="65"/>
        <source>wavy underline</source>
        <translation>gewellt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="66"/>
        <source>dash-dot-dot underline</source>
        <translation>Strich-Zweipunkt-Linie</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="67"/>
        <source>double underline</source>
        <translation>doppelt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="68"/>
        <source>boxed</source>
        <translation>umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="69"/>
        <source>dashed box</source>
        <translation>gestrichelt umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="70"/>
        <source>dotted box</source>
        <translation>gepunktet umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/changestyle.cpp" line="71"/>
        <source>margin bar, sloped band</source>
        <translation>Randbalken, schräges Band</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonStatus</name>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="18"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="19"/>
        <source>Share of the words of both versions found again in the other (equal, equivalent or a synonym).</source>
        <translation>Anteil der Wörter beider Fassungen, die sich in der jeweils anderen wiederfinden (gleich, gleichwertig oder als Synonym).</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="22"/>
        <source>Changes per category</source>
        <translation>Änderungen je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="24"/>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="28"/>
        <source>Cancel the comparison</source>
        <translation>Den Vergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="49"/>
        <source>Similarity %1 %</source>
        <translation>Ähnlichkeit %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="54"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/comparisonstatus.cpp" line="56"/>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::DocumentListPanel</name>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="16"/>
        <source>Open versions</source>
        <translation>Geöffnete Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="17"/>
        <source>The open versions. Right-click (or the menu key) to compare one as the left or right side.</source>
        <translation>Die geöffneten Fassungen. Per Rechtsklick (oder Menütaste) wählen Sie eine als linke oder rechte Seite des Vergleichs.</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="33"/>
        <source>Compare as &amp;Left</source>
        <translation>Als &amp;linke Seite vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="35"/>
        <source>Compare as &amp;Right</source>
        <translation>Als &amp;rechte Seite vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="37"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="72"/>
        <source>%1  (left and right)</source>
        <translation>%1  (links und rechts)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="74"/>
        <source>%1  (left)</source>
        <translation>%1  (links)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="76"/>
        <source>%1  (right)</source>
        <translation>%1  (rechts)</translation>
    </message>
    <message>
        <location filename="../ui/documentlistpanel.cpp" line="78"/>
        <source>%1
%2 paragraphs, %3 words, %4</source>
        <translation>%1
%2 Absätze, %3 Wörter, %4</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="80"/>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="81"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="86"/>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="88"/>
        <source>%1, inside a quotation</source>
        <translation>%1, innerhalb eines Zitats</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="90"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="97"/>
        <source>Left </source>
        <translation>Links </translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="97"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="103"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="115"/>
        <source>%1 (%2, %3): absent from this passage</source>
        <translation>%1 (%2, %3): fehlt in dieser Passage</translation>
    </message>
    <message>
        <location filename="../ui/evidence.cpp" line="118"/>
        <source>%1 (%2): absent</source>
        <translation>%1 (%2): fehlt</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="45"/>
        <location filename="../ui/exportdialog.cpp" line="156"/>
        <location filename="../ui/exportdialog.cpp" line="178"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>HTML page (self-contained)</source>
        <translation>HTML-Seite (eigenständig)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="49"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (für Skripte)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="52"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="53"/>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="54"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="57"/>
        <source>&amp;Full text of both versions</source>
        <translation>&amp;Vollständiger Text beider Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="58"/>
        <source>&amp;Changed passages only, with a sentence of context</source>
        <translation>Nur &amp;geänderte Passagen, mit einem Satz Kontext</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="61"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="70"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="76"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="80"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="81"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="82"/>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="125"/>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="129"/>
        <source>%1-vs-%2</source>
        <translation>%1-vs-%2</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="153"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="154"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="171"/>
        <source>%1 is one of the compared versions; choose another file.</source>
        <translation>%1 ist eine der verglichenen Fassungen; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="179"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactTableModel</name>
    <message>
        <location filename="../ui/factspanel.cpp" line="137"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="139"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="140"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="141"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="158"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="159"/>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactsPanel</name>
    <message>
        <location filename="../ui/factspanel.cpp" line="29"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="30"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="31"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="32"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="33"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="41"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="42"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="43"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="44"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="229"/>
        <source>Show &amp;unchanged facts</source>
        <translation>&amp;Unveränderte Fakten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="230"/>
        <source>Show unchanged facts</source>
        <translation>Unveränderte Fakten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="232"/>
        <source>Number of facts shown</source>
        <translation>Anzahl der angezeigten Fakten</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="236"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../ui/factspanel.cpp" line="238"/>
        <source>Numbers, dates, names, titles and organisations, and what became of them</source>
        <translation>Zahlen, Daten, Namen, Titel und Organisationen – und was aus ihnen wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factspanel.cpp" line="321"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n Fakt</numerusform>
            <numerusform>%n Fakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/factspanel.cpp" line="322"/>
        <source>%1 of %n fact(s)</source>
        <translation>
            <numerusform>%1 von %n Fakt</numerusform>
            <numerusform>%1 von %n Fakten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="14"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="16"/>
        <source>Find in both versions</source>
        <translation>In beiden Fassungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="17"/>
        <source>Text to find in both columns</source>
        <translation>In beiden Spalten zu suchender Text</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="21"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="24"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="25"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="27"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="30"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="31"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="33"/>
        <source>Number of matches</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="35"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="36"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="37"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="75"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="77"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="77"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/findbar.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LegendWidget</name>
    <message>
        <location filename="../ui/legendwidget.cpp" line="15"/>
        <source>added</source>
        <translation>ergänzt</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="16"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="17"/>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="18"/>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="19"/>
        <source>says</source>
        <translation>sagt</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="20"/>
        <source>colour</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="21"/>
        <source>3,600</source>
        <translation>3.600</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="22"/>
        <source>Smith</source>
        <translation>Schmidt</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="23"/>
        <source>she said</source>
        <translation>sagte sie</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="24"/>
        <source>; —</source>
        <translation>; –</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="25"/>
        <source>Minister</source>
        <translation>Minister</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="26"/>
        <source>passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="40"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="82"/>
        <source>inside a quotation: line above</source>
        <translation>in einem Zitat: Strich darüber</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="83"/>
        <source>nothing on this side: hatched gap</source>
        <translation>auf dieser Seite nichts: schraffierte Lücke</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="139"/>
        <source>“quoted”</source>
        <translation>„zitiert“</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="140"/>
        <source>in a quotation</source>
        <translation>in einem Zitat</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="140"/>
        <source>line above</source>
        <translation>Strich darüber</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="145"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../ui/legendwidget.cpp" line="145"/>
        <source>nothing on this side</source>
        <translation>auf dieser Seite nichts</translation>
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
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Changes, quotations and facts</source>
        <translation>Änderungen, Zitate und Fakten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Changes</source>
        <translation>&amp;Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Quotations</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Fac&amp;ts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="446"/>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>No change is shown in the list; check its filters.</source>
        <translation>Die Liste zeigt keine Änderung; prüfen Sie die Filter.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Select a change first.</source>
        <translation>Wählen Sie zuerst eine Änderung aus.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Evidence for change %1 copied to the clipboard.</source>
        <translation>Beleg für Änderung %1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>Open Versions</source>
        <translation>Fassungen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>The clipboard holds no text to add.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>Pasted text %1</source>
        <translation>Eingefügter Text %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>Paste as New Version</source>
        <translation>Als neue Fassung einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <source>About Recension</source>
        <translation>Über Recension</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compares versions of a news article: aligns the passages that say the same thing and names every divergence — synonyms, numbers, names, altered quotations, inserted, deleted and moved passages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Vergleicht Fassungen eines Nachrichtenartikels: ordnet einander die Passagen zu, die dasselbe sagen, und benennt jede Abweichung – Synonyme, Zahlen, Namen, veränderte Zitate, eingefügte, gelöschte und verschobene Passagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="36"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="37"/>
        <source>Open versions of the article (Ctrl+O)</source>
        <translation>Fassungen des Artikels öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="39"/>
        <source>&amp;Paste as New Version</source>
        <translation>Als &amp;neue Fassung einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="41"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="42"/>
        <source>Add the text on the clipboard as a new version (Ctrl+Shift+V)</source>
        <translation>Den Text aus der Zwischenablage als neue Fassung hinzufügen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="44"/>
        <source>&amp;Remove Version</source>
        <translation>Fassung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="47"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="48"/>
        <source>Write the comparison as a PDF, HTML or JSON report (Ctrl+E)</source>
        <translation>Den Vergleich als PDF-, HTML- oder JSON-Bericht schreiben (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="50"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="54"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="56"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="58"/>
        <source>Copy both sides of the current change with file names and lines (Ctrl+Shift+C)</source>
        <translation>Beide Seiten der aktuellen Änderung mit Dateinamen und Zeilen kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="60"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="61"/>
        <source>Find text in both versions (Ctrl+F)</source>
        <translation>Text in beiden Fassungen suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="62"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="63"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="64"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="69"/>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="71"/>
        <source>Swap the left and right versions (Ctrl+Shift+X)</source>
        <translation>Linke und rechte Fassung tauschen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="73"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="74"/>
        <source>Go to the next change in the list (F7)</source>
        <translation>Zur nächsten Änderung in der Liste springen (F7)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="76"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="78"/>
        <source>Go to the previous change in the list (Shift+F7)</source>
        <translation>Zur vorherigen Änderung in der Liste springen (Umschalt+F7)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="93"/>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="94"/>
        <source>Treat words differing only in capitals as equal (Ctrl+Alt+C)</source>
        <translation>Wörter, die sich nur in der Groß-/Kleinschreibung unterscheiden, als gleich behandeln (Strg+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="98"/>
        <source>Ignore &amp;Punctuation</source>
        <translation>&amp;Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="99"/>
        <source>Do not report punctuation and quote styles (Ctrl+Alt+P)</source>
        <translation>Zeichensetzung und Anführungszeichen nicht melden (Strg+Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="102"/>
        <source>&amp;Hide Synonym Swaps</source>
        <translation>&amp;Synonymtausch ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="103"/>
        <source>Treat synonym swaps as unimportant (Ctrl+Alt+S)</source>
        <translation>Synonymtausch als unwichtig behandeln (Strg+Alt+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="105"/>
        <source>Case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="106"/>
        <source>Punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="107"/>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="109"/>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="111"/>
        <source>S&amp;maller Text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="113"/>
        <source>&amp;About Recension</source>
        <translation>&amp;Über Recension</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="120"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="122"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="128"/>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="140"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="149"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="158"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="175"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::OverviewStrip</name>
    <message>
        <location filename="../ui/overviewstrip.cpp" line="36"/>
        <source>Overview of changes</source>
        <translation>Übersicht der Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/overviewstrip.cpp" line="37"/>
        <source>Where the changes are; click to go there.</source>
        <translation>Wo die Änderungen liegen; ein Klick springt dorthin.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::PairBar</name>
    <message>
        <location filename="../ui/pairbar.cpp" line="20"/>
        <source>Left version</source>
        <translation>Linke Fassung</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="20"/>
        <source>Right version</source>
        <translation>Rechte Fassung</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="21"/>
        <source>The version shown in the left column</source>
        <translation>Die in der linken Spalte gezeigte Fassung</translation>
    </message>
    <message>
        <location filename="../ui/pairbar.cpp" line="22"/>
        <source>The version shown in the right column</source>
        <translation>Die in der rechten Spalte gezeigte Fassung</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteTableModel</name>
    <message>
        <location filename="../ui/quotespanel.cpp" line="172"/>
        <source>unknown speaker</source>
        <translation>unbekannter Sprecher</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="191"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="192"/>
        <source>Left quotation</source>
        <translation>Linkes Zitat</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="193"/>
        <source>Right quotation</source>
        <translation>Rechtes Zitat</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="194"/>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuotesPanel</name>
    <message>
        <location filename="../ui/quotespanel.cpp" line="33"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="34"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="35"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="36"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="37"/>
        <source>unquoted</source>
        <translation>kein Zitat</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="46"/>
        <source>Quoted word for word (case, quote style and punctuation aside).</source>
        <translation>Wortgetreu zitiert (abgesehen von Groß-/Kleinschreibung, Anführungszeichen und Zeichensetzung).</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="47"/>
        <source>Quoted with words changed.</source>
        <translation>Mit geänderten Wörtern zitiert.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="48"/>
        <source>Only the left version has this quotation.</source>
        <translation>Nur die linke Fassung enthält dieses Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="49"/>
        <source>Only the right version has this quotation.</source>
        <translation>Nur die rechte Fassung enthält dieses Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="51"/>
        <source>The words survive in the right version, but no longer as a quotation.</source>
        <translation>Die Wörter stehen noch in der rechten Fassung, aber nicht mehr als Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="315"/>
        <source>Show quotations of status</source>
        <translation>Zitate mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="316"/>
        <source>All quotations</source>
        <translation>Alle Zitate</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="319"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="322"/>
        <source>Number of quotations shown</source>
        <translation>Anzahl der angezeigten Zitate</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="326"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="327"/>
        <source>Each quotation of either version, its speaker and what became of it</source>
        <translation>Jedes Zitat beider Fassungen, sein Sprecher und was daraus wurde</translation>
    </message>
    <message>
        <location filename="../ui/quotespanel.cpp" line="390"/>
        <source>All quotations (%1)</source>
        <translation>Alle Zitate (%1)</translation>
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
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/quotespanel.cpp" line="430"/>
        <source>%1 of %n quotation(s)</source>
        <translation>
            <numerusform>%1 von %n Zitat</numerusform>
            <numerusform>%1 von %n Zitaten</numerusform>
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
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Screenshot</name>
    <message>
        <location filename="../ui/screenshot.cpp" line="38"/>
        <source>--panel takes one of: %1</source>
        <translation>--panel erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="42"/>
        <source>--screenshot needs an output file and two versions: recension --screenshot FILE.png LEFT RIGHT</source>
        <translation>--screenshot braucht eine Ausgabedatei und zwei Fassungen: recension --screenshot DATEI.png LINKS RECHTS</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="62"/>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/screenshot.cpp" line="71"/>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="20"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="21"/>
        <source>Ignore &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="22"/>
        <source>Treat words that differ only in capitals as equal.</source>
        <translation>Wörter, die sich nur in der Groß-/Kleinschreibung unterscheiden, als gleich behandeln.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="23"/>
        <source>Ignore &amp;punctuation</source>
        <translation>&amp;Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="24"/>
        <source>Do not report commas, dashes and quote styles.</source>
        <translation>Kommas, Gedankenstriche und Anführungszeichen nicht melden.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="25"/>
        <source>Treat &amp;synonym swaps as unimportant</source>
        <translation>&amp;Synonymtausch als unwichtig behandeln</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="27"/>
        <source>A word swapped for a synonym counts as equal and is not listed as a change.</source>
        <translation>Ein gegen ein Synonym getauschtes Wort gilt als gleich und wird nicht als Änderung aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="36"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="38"/>
        <source>Follow the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="39"/>
        <source>Colour-blind safe (blue and orange)</source>
        <translation>Für Farbenblinde geeignet (Blau und Orange)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="45"/>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="50"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SideBySideView</name>
    <message>
        <location filename="../ui/sidebysidepaint.cpp" line="26"/>
        <source>Open two versions of an article to compare them: File ▸ Open, drag files here, or paste text copied from a browser.</source>
        <translation>Öffnen Sie zwei Fassungen eines Artikels, um sie zu vergleichen: Datei ▸ Öffnen, Dateien hierher ziehen oder aus einem Browser kopierten Text einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="31"/>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="32"/>
        <source>The left version, a connector strip and the right version; changes are marked in both columns.</source>
        <translation>Die linke Fassung, ein Verbindungsstreifen und die rechte Fassung; Änderungen sind in beiden Spalten markiert.</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="522"/>
        <source>%1 severity, inside a quotation</source>
        <translation>Schweregrad %1, innerhalb eines Zitats</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="524"/>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="555"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/sidebysideview.cpp" line="560"/>
        <source>Copy &amp;Paragraph</source>
        <translation>&amp;Absatz kopieren</translation>
    </message>
</context>
</TS>
