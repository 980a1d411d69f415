<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Recension</name>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="250"/>
        <location filename="../app/workspace/reviewmarks.cpp" line="275"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="257"/>
        <source>a pair of version indices</source>
        <translation>ein Paar von Fassungsindizes</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="263"/>
        <source>a finding kind</source>
        <translation>eine Befundart</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="271"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="291"/>
        <location filename="../app/workspace/reviewmarks.cpp" line="293"/>
        <source>a list of words</source>
        <translation>eine Liste von Wörtern</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="301"/>
        <source>a paragraph index or null</source>
        <translation>ein Absatzindex oder null</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="309"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="102"/>
        <source>       recension COMMAND [options] ARGUMENTS</source>
        <translation>        recension BEFEHL [Optionen] ARGUMENTE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>Commands (they need no display; &apos;recension COMMAND --help&apos; lists a command&apos;s options):</source>
        <translation>Befehle (sie brauchen kein Display; &apos;recension BEFEHL --help&apos; listet die Optionen eines Befehls):</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="173"/>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="237"/>
        <source>&apos;%1&apos; is neither a file nor a command</source>
        <translation>&apos;%1&apos; ist weder eine Datei noch ein Befehl</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::CompareCommand</name>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="41"/>
        <location filename="../app/cli/comparecommand.cpp" line="184"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="50"/>
        <source>Aligns two versions of an article, names every divergence and writes the comparison as JSON, HTML or PDF. With no output option, the JSON goes to standard output.</source>
        <translation>Richtet zwei Fassungen eines Artikels aneinander aus, benennt jede Abweichung und schreibt den Vergleich als JSON, HTML oder PDF. Ohne Ausgabeoption geht das JSON auf die Standardausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="54"/>
        <source>The earlier version.</source>
        <translation>Die frühere Fassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="55"/>
        <source>The later version.</source>
        <translation>Die spätere Fassung.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="47"/>
        <source>Write the comparison as JSON to FILE (- for standard output).</source>
        <translation>Den Vergleich als JSON in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="46"/>
        <location filename="../app/cli/optiontable.cpp" line="51"/>
        <location filename="../app/cli/optiontable.cpp" line="56"/>
        <location filename="../app/cli/optiontable.cpp" line="88"/>
        <location filename="../app/cli/optiontable.cpp" line="98"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="52"/>
        <source>Write a self-contained HTML report to FILE.</source>
        <translation>Einen eigenständigen HTML-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="57"/>
        <source>Write a PDF report to FILE.</source>
        <translation>Einen PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="59"/>
        <source>Do not report changes of letter case.</source>
        <translation>Änderungen der Groß- und Kleinschreibung nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="62"/>
        <source>Do not report changes of punctuation only.</source>
        <translation>Reine Änderungen der Zeichensetzung nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="66"/>
        <source>Do not report synonym swaps outside quotations.</source>
        <translation>Synonymtausch außerhalb von Zitaten nicht melden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="71"/>
        <source>Language of both versions (default: en).</source>
        <translation>Sprache beider Fassungen (Standard: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="89"/>
        <source>Watch the names and terms of FILE (UTF-8, one a line): a change that touches one is high and a finding.</source>
        <translation>Die Namen und Begriffe aus DATEI beobachten (UTF-8, einer je Zeile): Eine Änderung daran wird hoch eingestuft und als Befund gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="94"/>
        <source>Print the findings, what a fact-checker must look at, one a line.</source>
        <translation>Die Befunde ausgeben – was ein Faktenprüfer ansehen muss –, einen je Zeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="99"/>
        <source>Write the right version to FILE as a Word document with tracked changes against the left and a comment on each finding.</source>
        <translation>Die rechte Fassung als Word-Dokument in DATEI schreiben, mit nachverfolgten Änderungen gegenüber der linken und einem Kommentar zu jedem Befund.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="104"/>
        <source>Reports end with the full table of every change.</source>
        <translation>Berichte enden mit der vollständigen Tabelle aller Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="108"/>
        <source>Reports mark changes of fact only, leave low changes unmarked and fold unchanged paragraphs.</source>
        <translation>Berichte markieren nur Faktenänderungen, lassen niedrige Änderungen unmarkiert und klappen unveränderte Absätze ein.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="113"/>
        <source>Compare web-page clutter too (share prompts, counters, credits...), which is otherwise set aside.</source>
        <translation>Auch Webseiten-Beiwerk vergleichen (Teilen-Aufrufe, Zähler, Bildnachweise...), das sonst beiseitegelassen wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="156"/>
        <source>Align two versions, name every divergence, write JSON, HTML or PDF.</source>
        <translation>Zwei Fassungen ausrichten, jede Abweichung benennen, JSON, HTML oder PDF schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="70"/>
        <source>tag</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="76"/>
        <source>Paper size of the PDF: a4 or letter (default: a4).</source>
        <translation>Papierformat des PDF: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="75"/>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="80"/>
        <source>Reports show only changed passages, each with a sentence of context.</source>
        <translation>Berichte zeigen nur geänderte Passagen, jeweils mit einem Satz Kontext.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="84"/>
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
        <location filename="../app/cli/comparecommand.cpp" line="101"/>
        <source>only --json writes to standard output (-); --html and --pdf need a file</source>
        <translation>nur --json schreibt in die Standardausgabe (-); --html und --pdf brauchen eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="103"/>
        <source>--findings prints to standard output; give --json a file</source>
        <translation>--findings schreibt in die Standardausgabe; --json braucht daher eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="106"/>
        <source>each output needs a file of its own</source>
        <translation>jede Ausgabe braucht eine eigene Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="165"/>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::FamilyCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/familycommand.cpp" line="49"/>
        <source>own changes: %n</source>
        <translation>
            <numerusform>eigene Änderung: %n</numerusform>
            <numerusform>eigene Änderungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="50"/>
        <source>shares %1 of its changes, keeps the base where it changed %2, adds %3</source>
        <translation>teilt %1 ihrer Änderungen, behält an %2 von ihr geänderten Stellen die Basis bei, fügt %3 eigene hinzu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/familycommand.cpp" line="67"/>
        <source>Versions: %n; base: %1</source>
        <translation>
            <numerusform>Fassungen: %n; Basis: %1</numerusform>
            <numerusform>Fassungen: %n; Basis: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="74"/>
        <source>  %1: %2 (meaning kept %3, wording kept %4)</source>
        <translation>  %1: %2 (Sinn erhalten %3, Wortlaut erhalten %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="81"/>
        <source>Lineage:</source>
        <translation>Abstammung:</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="85"/>
        <source>  outside the tree: %1 (%2)</source>
        <translation>  außerhalb des Baums: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="90"/>
        <source>  not loaded: %1</source>
        <translation>  nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="101"/>
        <source>cannot write to standard output</source>
        <translation>kann nicht in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="127"/>
        <source>Compares every pair of versions of one story, judges what kind of copy each is against the base, and finds which copy was made from which.</source>
        <translation>Vergleicht jedes Paar von Fassungen einer Meldung, beurteilt, welche Art Kopie jede gegenüber der Basis ist, und ermittelt, welche Kopie von welcher stammt.</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="132"/>
        <source>Two or more versions.</source>
        <translation>Zwei oder mehr Fassungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="153"/>
        <source>needs two or more files</source>
        <translation>braucht zwei oder mehr Dateien</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="186"/>
        <source>the base version could not be read</source>
        <translation>die Basisfassung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="190"/>
        <source>fewer than two versions could be read</source>
        <translation>weniger als zwei Fassungen konnten gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/familycommand.cpp" line="198"/>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="118"/>
        <location filename="../app/cli/optiontable.cpp" line="123"/>
        <location filename="../app/cli/optiontable.cpp" line="128"/>
        <location filename="../app/cli/optiontable.cpp" line="134"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="119"/>
        <source>The source version (default: the first).</source>
        <translation>Die Ausgangsfassung (Standard: die erste).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="124"/>
        <source>Write the family document as JSON to FILE (- for standard output).</source>
        <translation>Das Familiendokument als JSON in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="129"/>
        <source>Write the family report as PDF to FILE: the matrix, the lineage tree and the quotation grid, then each copy against the base.</source>
        <translation>Den Familienbericht als PDF in DATEI schreiben: die Matrix, den Stammbaum und das Zitatraster, dann jede Kopie gegenüber der Basis.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="135"/>
        <source>Write the family report as one self-contained HTML page to FILE.</source>
        <translation>Den Familienbericht als eine eigenständige HTML-Seite in DATEI schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="139"/>
        <source>tag</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="140"/>
        <source>Language of the versions (default: en).</source>
        <translation>Sprache der Fassungen (Standard: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="143"/>
        <source>Leave the time out, for byte-identical output.</source>
        <translation>Zeitpunkt weglassen, für byte-identische Ausgabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="159"/>
        <source>Judge each version of a story against the base and find who copied whom.</source>
        <translation>Jede Fassung einer Meldung an der Basis messen und ermitteln, wer von wem kopiert hat.</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::FindingsText</name>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="24"/>
        <source>HIGH</source>
        <extracomment>a finding&apos;s severity, first on its line of `recension compare --findings`</extracomment>
        <translation>HOCH</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="24"/>
        <source>MEDIUM</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="31"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="33"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="35"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="37"/>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="39"/>
        <source>hedge</source>
        <translation>Relativierung</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="41"/>
        <source>watched</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="43"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="45"/>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="54"/>
        <source>quote altered</source>
        <translation>Zitat verändert</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="56"/>
        <source>quote missing</source>
        <translation>Zitat fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="58"/>
        <source>quote added</source>
        <translation>Zitat hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="60"/>
        <source>quote unquoted</source>
        <translation>Zitat aufgelöst</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="64"/>
        <source>quote verbatim</source>
        <translation>Zitat wörtlich</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="82"/>
        <source>(nothing)</source>
        <extracomment>stands for the empty side of a finding (a word dropped or added)</extracomment>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="88"/>
        <source>“%1”</source>
        <extracomment>a quotation or sentence cited in a finding&apos;s line</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="99"/>
        <source>%1 of its words kept</source>
        <extracomment>how much of a quotation&apos;s wording the other version kept</extracomment>
        <translation>%1 seiner Wörter erhalten</translation>
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
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="128"/>
        <source>claim dropped</source>
        <translation>Behauptung gestrichen</translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="128"/>
        <source>claim added</source>
        <translation>Behauptung hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/findingstext.cpp" line="136"/>
        <source>(%n places)</source>
        <extracomment>appended to a finding made in several places</extracomment>
        <translation>
            <numerusform>(%n Stelle)</numerusform>
            <numerusform>(%n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/findingstext.cpp" line="145"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
</context>
<context>
    <name>Recension::Cli::InfoCommand</name>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="43"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="44"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="45"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="46"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="47"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="48"/>
        <source>Paragraphs:</source>
        <translation>Absätze:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="49"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="50"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="52"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="60"/>
        <source>Clutter:</source>
        <translation>Beiwerk:</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="63"/>
        <source>paragraph %1 (%2): %3</source>
        <translation>Absatz %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="75"/>
        <source>Shows how Recension reads each file: title, format, encoding, paragraphs, words.</source>
        <translation>Zeigt, wie Recension jede Datei liest: Titel, Format, Kodierung, Absätze, Wörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="37"/>
        <source>Print the documents as JSON (an object for one file, else an array).</source>
        <translation>Die Dokumente als JSON ausgeben (ein Objekt bei einer Datei, sonst ein Array).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="42"/>
        <source>Language of the files (default: en).</source>
        <translation>Sprache der Dateien (Standard: en).</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="162"/>
        <source>Show how each file is read: title, format, encoding, words.</source>
        <translation>Zeigen, wie jede Datei gelesen wird: Titel, Format, Kodierung, Wörter.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="41"/>
        <source>tag</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="81"/>
        <source>The files to read.</source>
        <translation>Die zu lesenden Dateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="81"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location filename="../app/cli/infocommand.cpp" line="93"/>
        <source>No file given.</source>
        <translation>Keine Datei angegeben.</translation>
    </message>
</context>
<context>
    <name>Recension::Clutter</name>
    <message>
        <location filename="../app/document/clutter.cpp" line="299"/>
        <source>%1 paragraphs of “%2” set aside as web-page clutter (share and comment prompts, counters, credits…).</source>
        <translation>%1 Absätze von „%2“ als Webseiten-Beiwerk beiseitegelassen (Teilen- und Kommentaraufrufe, Zähler, Bildnachweise…).</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="328"/>
        <source>share prompt</source>
        <translation>Teilen-Aufruf</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="330"/>
        <source>comment prompt</source>
        <translation>Kommentaraufruf</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="332"/>
        <source>“read more” link</source>
        <translation>„Weiterlesen“-Link</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="334"/>
        <source>cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="336"/>
        <source>promotion</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="338"/>
        <source>navigation or menu line</source>
        <translation>Navigations- oder Menüzeile</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="340"/>
        <source>related-article link</source>
        <translation>Link auf verwandten Artikel</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="342"/>
        <source>stray counter</source>
        <translation>vereinzelter Zähler</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="344"/>
        <source>photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="346"/>
        <source>keyword list</source>
        <translation>Schlagwortliste</translation>
    </message>
    <message>
        <location filename="../app/document/clutter.cpp" line="348"/>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
</context>
<context>
    <name>Recension::DictionaryFinder</name>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="80"/>
        <source>The language must not be empty.</source>
        <translation>Die Sprache darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="82"/>
        <source>“%1” is not a language tag: it is longer than %2 characters.</source>
        <translation>„%1“ ist kein Sprachkürzel: Es ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/text/dictionaryfinder.cpp" line="85"/>
        <source>“%1” is not a language tag (such as en, en-GB or pt-BR): a tag is letters and digits in parts joined by hyphens, never a path.</source>
        <translation>„%1“ ist kein Sprachkürzel (wie en, en-GB oder pt-BR): Ein Kürzel besteht aus Buchstaben und Ziffern in durch Bindestriche verbundenen Teilen, niemals aus einem Pfad.</translation>
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
        <translation>veröffentlicht am %1</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="47"/>
        <source>retrieved %1</source>
        <translation>abgerufen am %1</translation>
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
        <translation>„%1“ enthält nur Leerraum.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="162"/>
        <source>“%1” contains no readable text.</source>
        <translation>„%1“ enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="204"/>
        <source>“%1” cannot be read: there is no such file.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="208"/>
        <source>“%1” cannot be read: it is a folder, not a file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="211"/>
        <source>“%1” cannot be read: it is not a regular file.</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="200"/>
        <location filename="../app/document/documentloader.cpp" line="219"/>
        <source>“%1” cannot be read: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="53"/>
        <source>“%1” is too large to compare (%2; the limit is %3, at which a comparison takes about 10 seconds).</source>
        <translation>„%1“ ist zu groß zum Vergleichen (%2; die Grenze liegt bei %3, wo ein Vergleich etwa 10 Sekunden dauert).</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="98"/>
        <source>“%1” holds no words when read as %2: it may be in an encoding Recension does not recognise, or not be text.</source>
        <translation>„%1“ enthält als %2 gelesen keine Wörter: Die Kodierung wird von Recension eventuell nicht erkannt, oder es ist kein Text.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="102"/>
        <source>“%1” was read as %2, but its letters are not of the script %2 is made for: the encoding may be guessed wrong.</source>
        <translation>„%1“ wurde als %2 gelesen, aber seine Buchstaben gehören nicht zur Schrift, für die %2 gedacht ist: Die Kodierung ist womöglich falsch erkannt.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="141"/>
        <location filename="../app/document/documentloader.cpp" line="149"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="202"/>
        <location filename="../app/document/documentloader.cpp" line="220"/>
        <location filename="../app/document/documentloader.cpp" line="226"/>
        <location filename="../app/document/documentloader.cpp" line="231"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="241"/>
        <location filename="../app/document/documentloader.cpp" line="284"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="255"/>
        <source>“%1” cannot be compared: it is a binary file, not text.</source>
        <translation>„%1“ kann nicht verglichen werden: Es ist eine Binärdatei, kein Text.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="258"/>
        <source>“%1” cannot be decoded: its encoding is not recognised.</source>
        <translation>„%1“ kann nicht dekodiert werden: Die Kodierung wurde nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../app/document/documentloader.cpp" line="264"/>
        <source>Invalid %1 sequences in “%2”: %3 (shown as �).</source>
        <translation>Ungültige %1-Sequenzen in „%2“: %3 (als � dargestellt).</translation>
    </message>
</context>
<context>
    <name>Recension::DocumentText</name>
    <message>
        <location filename="../app/document/document.cpp" line="84"/>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="86"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="88"/>
        <source>web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="90"/>
        <source>Word document (.docx)</source>
        <translation>Word-Dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../app/document/document.cpp" line="92"/>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument-Text (.odt)</translation>
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
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="204"/>
        <source>“%1” cannot be read: its document text is damaged XML.</source>
        <translation>„%1“ kann nicht gelesen werden: Der Dokumenttext ist beschädigtes XML.</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="230"/>
        <source>“%1” holds tracked changes: %2 insertions kept, %3 deletions left out.</source>
        <translation>„%1“ enthält nachverfolgte Änderungen: %2 Einfügungen übernommen, %3 Löschungen ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/document/docxreader.cpp" line="236"/>
        <source>“%1” refers to %2 outside resources (links, linked pictures or templates); none was opened.</source>
        <translation>„%1“ verweist auf %2 externe Ressourcen (Links, verknüpfte Bilder oder Vorlagen); keine davon wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>Recension::Family</name>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="44"/>
        <location filename="../app/report/familypdf.cpp" line="122"/>
        <location filename="../app/report/familypdf.cpp" line="375"/>
        <source>Family of versions: %1</source>
        <translation>Familie der Fassungen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="58"/>
        <source>Made by recension %1</source>
        <translation>Erstellt mit recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="72"/>
        <source>Every pair</source>
        <translation>Alle Paare</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="73"/>
        <source>Meaning kept / wording kept. ≡ same text, ≈ same meaning reworded, ∼ partly the same, ≠ different.</source>
        <translation>Sinn erhalten / Wortlaut erhalten. ≡ gleicher Text, ≈ gleicher Sinn anders formuliert, ∼ teilweise gleich, ≠ verschieden.</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="126"/>
        <source>Lineage: which copy was made from which</source>
        <translation>Abstammung: welche Kopie von welcher stammt</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="131"/>
        <source>Not copies of the base (other articles):</source>
        <translation>Keine Kopien der Basis (andere Artikel):</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="143"/>
        <source>Verdicts against the base</source>
        <translation>Einstufungen gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="143"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="144"/>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="144"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="145"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="166"/>
        <location filename="../app/report/familypdf.cpp" line="333"/>
        <source>Quotations across the family</source>
        <translation>Zitate in der ganzen Familie</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="166"/>
        <location filename="../app/report/familypdf.cpp" line="334"/>
        <source>Quotation in the base</source>
        <translation>Zitat in der Basis</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="167"/>
        <location filename="../app/report/familypdf.cpp" line="334"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="181"/>
        <location filename="../app/report/familypdf.cpp" line="327"/>
        <source>only in copies: %1</source>
        <translation>nur in Kopien: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="184"/>
        <location filename="../app/report/familypdf.cpp" line="329"/>
        <source>has it</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="185"/>
        <location filename="../app/report/familypdf.cpp" line="330"/>
        <source>— not there</source>
        <translation>— fehlt</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="193"/>
        <location filename="../app/report/familypdf.cpp" line="352"/>
        <source>Names, numbers and titles across the family</source>
        <translation>Namen, Zahlen und Titel in der ganzen Familie</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="193"/>
        <location filename="../app/report/familypdf.cpp" line="353"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="194"/>
        <location filename="../app/report/familypdf.cpp" line="353"/>
        <source>In the base</source>
        <translation>In der Basis</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="223"/>
        <source>%1 against the base</source>
        <translation>%1 gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="92"/>
        <source>Recension %1 family report</source>
        <translation>Recension %1 – Familienbericht</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="130"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="133"/>
        <source> (meaning kept %1, wording kept %2)</source>
        <translation> (Sinn erhalten %1, Wortlaut erhalten %2)</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="148"/>
        <source>Every pair: meaning kept / wording kept (≡ same text, ≈ reworded, ∼ partly, ≠ different)</source>
        <translation>Alle Paare: Sinn erhalten / Wortlaut erhalten (≡ gleicher Text, ≈ umformuliert, ∼ teilweise, ≠ verschieden)</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="162"/>
        <location filename="../app/report/familypdf.cpp" line="164"/>
        <source>V%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="241"/>
        <source> (not in the tree)</source>
        <translation> (nicht im Stammbaum)</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="24"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="54"/>
        <source>same text</source>
        <translation>gleicher Text</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="55"/>
        <source>same meaning, reworded</source>
        <translation>gleicher Sinn, umformuliert</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="56"/>
        <source>partly the same</source>
        <translation>teilweise gleich</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="57"/>
        <source>different text</source>
        <translation>anderer Text</translation>
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
        <translation>%1 gegenüber %2: %3; Sinn erhalten %4, Wortlaut erhalten %5</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="79"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="80"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="81"/>
        <source>syndicated copy</source>
        <translation>übernommene Kopie</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="82"/>
        <source>spun copy</source>
        <translation>verschleierte Kopie</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="83"/>
        <source>condensed or rewritten</source>
        <translation>gekürzt oder umgeschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="84"/>
        <source>translated or back-translated</source>
        <translation>übersetzt oder rückübersetzt</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="85"/>
        <source>independent coverage</source>
        <translation>eigenständige Berichterstattung</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="86"/>
        <source>unrelated</source>
        <translation>ohne Bezug</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="94"/>
        <source>meaning kept %1, wording kept %2 (%3 in aligned passages); passages aligned %4 of the base, %5 of the copy; moved %6; synonyms %7, respelled names %8, changes of fact %9</source>
        <translation>Sinn erhalten %1, Wortlaut erhalten %2 (%3 in zugeordneten Passagen); zugeordnete Passagen %4 der Basis, %5 der Kopie; verschoben %6; Synonyme %7, anders geschriebene Namen %8, Faktenänderungen %9</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="109"/>
        <source>V%1 %2</source>
        <extracomment>a version&apos;s short label, e.g. &quot;V2 harbour-spun.txt&quot;</extracomment>
        <translation>F%1 %2</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="115"/>
        <source>own changes: %1</source>
        <translation>eigene Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="116"/>
        <source>shares %1 of its changes; keeps the base where it changed %2; adds %3</source>
        <translation>teilt %1 ihrer Änderungen; behält an %2 von ihr geänderten Stellen die Basis bei; fügt %3 eigene hinzu</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="126"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="129"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="130"/>
        <source>altered: %1</source>
        <translation>verändert: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="131"/>
        <source>unquoted</source>
        <translation>nicht mehr zitiert</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="132"/>
        <location filename="../app/report/familytext.cpp" line="143"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="133"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="142"/>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/report/familytext.cpp" line="144"/>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Recension::HtmlReader</name>
    <message numerus="yes">
        <location filename="../app/document/htmlreader.cpp" line="386"/>
        <source>%n tag(s) with more than %1 attributes: the attributes past the first %1 were ignored, so that reading finishes in reasonable time.</source>
        <translation>
            <numerusform>%n Tag mit mehr als %1 Attributen: Die Attribute nach den ersten %1 wurden ignoriert, damit das Lesen in vertretbarer Zeit endet.</numerusform>
            <numerusform>%n Tags mit mehr als %1 Attributen: Die Attribute nach den ersten %1 wurden ignoriert, damit das Lesen in vertretbarer Zeit endet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::LanguageDetector</name>
    <message>
        <location filename="../app/document/languagedetector.cpp" line="127"/>
        <source>“%1” reads as %2 (%3) but is compared as %4, as asked.</source>
        <translation>„%1“ liest sich wie %2 (%3), wird aber wie gewünscht als %4 verglichen.</translation>
    </message>
</context>
<context>
    <name>Recension::LanguageSupport</name>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="60"/>
        <source>No spelling dictionary for %1 is installed: word forms and spelling go unchecked (Debian package %2).</source>
        <translation>Kein Rechtschreibwörterbuch für %1 installiert: Wortformen und Schreibung bleiben ungeprüft (Debian-Paket %2).</translation>
    </message>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="65"/>
        <source>No thesaurus for %1 is installed: no synonym will be found (Debian package %2).</source>
        <translation>Kein Thesaurus für %1 installiert: Es werden keine Synonyme gefunden (Debian-Paket %2).</translation>
    </message>
    <message>
        <location filename="../app/text/languagesupport.cpp" line="76"/>
        <source>The versions are in different languages (%1 and %2): each is read with its own dictionaries, and no synonym is claimed across them.</source>
        <translation>Die Fassungen sind in verschiedenen Sprachen (%1 und %2): Jede wird mit ihren eigenen Wörterbüchern gelesen, und über die Sprachgrenze hinweg werden keine Synonyme angenommen.</translation>
    </message>
</context>
<context>
    <name>Recension::OdtReader</name>
    <message>
        <location filename="../app/document/odtreader.cpp" line="149"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="156"/>
        <source>“%1” cannot be read: its document text is damaged XML.</source>
        <translation>„%1“ kann nicht gelesen werden: Der Dokumenttext ist beschädigtes XML.</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="161"/>
        <source>“%1” holds tracked changes: %2 insertions kept, %3 deletions left out.</source>
        <translation>„%1“ enthält nachverfolgte Änderungen: %2 Einfügungen übernommen, %3 Löschungen ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/document/odtreader.cpp" line="167"/>
        <source>“%1” refers to %2 outside resources (links or linked pictures); none was opened.</source>
        <translation>„%1“ verweist auf %2 externe Ressourcen (Links oder verknüpfte Bilder); keine davon wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>Recension::OutputGuard</name>
    <message>
        <location filename="../app/document/outputguard.cpp" line="48"/>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="50"/>
        <source>%1 cannot be written: %2 is not a folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="52"/>
        <source>%1 cannot be written: the folder %2 is not writable.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="103"/>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="105"/>
        <source>%1 is one of the compared files; an output never replaces an input.</source>
        <translation>%1 ist eine der verglichenen Dateien; eine Ausgabe ersetzt nie eine Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="118"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="122"/>
        <source>%1 is not writable.</source>
        <translation>%1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="126"/>
        <source>Existing file %1 is not writable.</source>
        <translation>Die vorhandene Datei %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="134"/>
        <source>%1 is a device or socket, not a file; it is never written.</source>
        <translation>%1 ist ein Gerät oder Socket, keine Datei; dorthin wird nie geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/document/outputguard.cpp" line="157"/>
        <location filename="../app/document/outputguard.cpp" line="159"/>
        <location filename="../app/document/outputguard.cpp" line="166"/>
        <location filename="../app/document/outputguard.cpp" line="170"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Recension::PackagedDocument</name>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="46"/>
        <location filename="../app/document/packageddocument.cpp" line="54"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="57"/>
        <source>“%1” is a zip package but neither a Word (.docx) nor an OpenDocument text (.odt) file.</source>
        <translation>„%1“ ist ein ZIP-Paket, aber weder eine Word-Datei (.docx) noch ein OpenDocument-Text (.odt).</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="93"/>
        <source>“%1” is a password-protected Office file or an old Word (.doc) file; save it unprotected as .docx or .odt to compare it.</source>
        <translation>„%1“ ist eine passwortgeschützte Office-Datei oder eine alte Word-Datei (.doc); speichern Sie sie ungeschützt als .docx oder .odt, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="98"/>
        <source>“%1” cannot be read: its name says Word, OpenDocument or PDF, but its content is none of them (the file may be damaged).</source>
        <translation>„%1“ kann nicht gelesen werden: Der Name verweist auf Word, OpenDocument oder PDF, der Inhalt ist aber nichts davon (die Datei ist womöglich beschädigt).</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="105"/>
        <source>“%1” is not a Word, OpenDocument or PDF file.</source>
        <translation>„%1“ ist keine Word-, OpenDocument- oder PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../app/document/packageddocument.cpp" line="116"/>
        <source>“%1” contains no readable text.</source>
        <translation>„%1“ enthält keinen lesbaren Text.</translation>
    </message>
</context>
<context>
    <name>Recension::ParagraphBuilder</name>
    <message numerus="yes">
        <location filename="../app/document/paragraphbuilder.cpp" line="99"/>
        <source>“%1”: %n paragraph(s) longer than %2 words or %3 characters cut into pieces of at most that size, so that the comparison finishes in reasonable time.</source>
        <translation>
            <numerusform>„%1“: %n Absatz mit mehr als %2 Wörtern oder %3 Zeichen in Stücke höchstens dieser Größe geteilt, damit der Vergleich in vertretbarer Zeit endet.</numerusform>
            <numerusform>„%1“: %n Absätze mit mehr als %2 Wörtern oder %3 Zeichen in Stücke höchstens dieser Größe geteilt, damit der Vergleich in vertretbarer Zeit endet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::ParserProcess</name>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="57"/>
        <source>“%1” cannot be read: the document parser could not be started (%2).</source>
        <translation>„%1“ kann nicht gelesen werden: Der Dokumentparser konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="66"/>
        <source>“%1” cannot be read: its parser ran for more than %2 seconds and was stopped.</source>
        <translation>„%1“ kann nicht gelesen werden: Der Parser lief länger als %2 Sekunden und wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="71"/>
        <source>“%1” cannot be read: its parser stopped unexpectedly (the file may be damaged or hostile).</source>
        <translation>„%1“ kann nicht gelesen werden: Der Parser brach unerwartet ab (die Datei ist womöglich beschädigt oder bösartig).</translation>
    </message>
    <message>
        <location filename="../app/document/parserprocess.cpp" line="77"/>
        <source>“%1” cannot be read: its parser gave no usable answer (exit status %2).</source>
        <translation>„%1“ kann nicht gelesen werden: Der Parser lieferte keine brauchbare Antwort (Exit-Status %2).</translation>
    </message>
</context>
<context>
    <name>Recension::PdfReader</name>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="55"/>
        <source>“%1” cannot be read: the PDF is damaged.</source>
        <translation>„%1“ kann nicht gelesen werden: Das PDF ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="59"/>
        <source>“%1” cannot be read: the PDF is encrypted and needs a password to open.</source>
        <translation>„%1“ kann nicht gelesen werden: Das PDF ist verschlüsselt und lässt sich nur mit Passwort öffnen.</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="66"/>
        <source>“%1” cannot be read: the PDF has no pages (it may be damaged).</source>
        <translation>„%1“ kann nicht gelesen werden: Das PDF hat keine Seiten (es ist womöglich beschädigt).</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="81"/>
        <source>“%1” has no text layer: its pages are images (a scan?). Recension reads only text; run it through text recognition (OCR) first.</source>
        <translation>„%1“ hat keine Textebene: Seine Seiten sind Bilder (ein Scan?). Recension liest nur Text; lassen Sie zuerst eine Texterkennung (OCR) darüber laufen.</translation>
    </message>
    <message>
        <location filename="../app/document/pdfreader.cpp" line="88"/>
        <source>“%1” has %2 pages; only the first %3 were read.</source>
        <translation>„%1“ hat %2 Seiten; nur die ersten %3 wurden gelesen.</translation>
    </message>
</context>
<context>
    <name>Recension::Report</name>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="234"/>
        <location filename="../app/report/pdfappendix.cpp" line="27"/>
        <source>not in this version</source>
        <translation>nicht in dieser Fassung</translation>
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
        <translation>Linke Fassung</translation>
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
        <translation>Rechte Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="444"/>
        <location filename="../app/report/pdfappendix.cpp" line="110"/>
        <source>Set aside as page clutter</source>
        <translation>Als Seiten-Beiwerk beiseitegelassen</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="445"/>
        <location filename="../app/report/pdfappendix.cpp" line="111"/>
        <source>Left out of the comparison and its figures.</source>
        <translation>Vom Vergleich und seinen Kennzahlen ausgenommen.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="445"/>
        <location filename="../app/report/pdfappendix.cpp" line="114"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="446"/>
        <location filename="../app/report/pdfappendix.cpp" line="114"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="128"/>
        <source>Every change</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="458"/>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="169"/>
        <source>Legend and options</source>
        <translation>Legende und Optionen</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="485"/>
        <source>Words inside a quotation carry a line above. Bold marks and bold red numbers are changes of fact and other findings; pale marks are low changes. The number beside a line is the change&apos;s number.</source>
        <translation>Wörter in einem Zitat tragen einen Strich darüber. Kräftige Markierungen und fette rote Nummern sind Faktenänderungen und andere Befunde; blasse Markierungen sind niedrige Änderungen. Die Nummer neben einer Zeile ist die Nummer der Änderung.</translation>
    </message>
    <message>
        <location filename="../app/report/familyhtml.cpp" line="60"/>
        <location filename="../app/report/htmlreport.cpp" line="497"/>
        <location filename="../app/report/pdfappendix.cpp" line="212"/>
        <source>Report made %1</source>
        <translation>Bericht erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="476"/>
        <location filename="../app/report/pdfappendix.cpp" line="171"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <location filename="../app/report/pdfsummary.cpp" line="128"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="130"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="137"/>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="140"/>
        <location filename="../app/report/pdfsummary.cpp" line="131"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="191"/>
        <source>Words inside a quotation carry a line above. Boxes on screen print as bold underlined words.</source>
        <translation>Wörter in einem Zitat tragen einen Strich darüber. Rahmen vom Bildschirm erscheinen im Druck als fett unterstrichene Wörter.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="194"/>
        <source>Strong and pale marks:</source>
        <translation>Kräftige und blasse Markierungen:</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="188"/>
        <source>changes %1</source>
        <translation>Änderungen %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="250"/>
        <location filename="../app/report/pdfsummary.cpp" line="79"/>
        <source>Meaning kept %1</source>
        <translation>Sinn erhalten %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="251"/>
        <location filename="../app/report/pdfsummary.cpp" line="81"/>
        <source>Wording kept %1</source>
        <translation>Wortlaut erhalten %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="253"/>
        <location filename="../app/report/pdfsummary.cpp" line="83"/>
        <source>Meaning kept counts the words both versions share or say with a synonym or another form; wording kept counts only the words they share as written.</source>
        <translation>„Sinn erhalten“ zählt die Wörter, die beide Fassungen teilen oder mit einem Synonym bzw. in anderer Form ausdrücken; „Wortlaut erhalten“ zählt nur die Wörter, die sie genau so teilen.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="258"/>
        <location filename="../app/report/pdfsummary.cpp" line="88"/>
        <source>%1 changes: %2 high, %3 medium, %4 low. Quotations: %5 verbatim, %6 altered, %7 missing, %8 added, %9 unquoted.</source>
        <translation>%1 Änderungen: %2 hoch, %3 mittel, %4 niedrig. Zitate: %5 wörtlich, %6 verändert, %7 fehlen, %8 neu, %9 nicht mehr zitiert.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="292"/>
        <location filename="../app/report/pdfsummary.cpp" line="109"/>
        <source>Findings: %1 high, %2 medium</source>
        <translation>Befunde: %1 hoch, %2 mittel</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="297"/>
        <location filename="../app/report/pdfsummary.cpp" line="113"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Keine Befunde: keine Faktenänderung, kein Zitat und keine Behauptung zu prüfen.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="322"/>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>moved down in the right version, see change %1</source>
        <translation>in der rechten Fassung weiter unten, siehe Änderung %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="339"/>
        <source>moved up in the right version, see change %1</source>
        <translation>in der rechten Fassung weiter oben, siehe Änderung %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="340"/>
        <source>moved down from the left version, see change %1</source>
        <translation>in der linken Fassung weiter unten, siehe Änderung %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="340"/>
        <source>moved up from the left version, see change %1</source>
        <translation>in der linken Fassung weiter oben, siehe Änderung %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="365"/>
        <location filename="../app/report/pdfcontent.cpp" line="152"/>
        <source>Changes of fact only: low changes are left unmarked.</source>
        <translation>Nur Faktenänderungen: Niedrige Änderungen bleiben unmarkiert.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="372"/>
        <location filename="../app/report/pdfcontent.cpp" line="164"/>
        <source>1 unchanged paragraph</source>
        <translation>1 unveränderter Absatz</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="372"/>
        <location filename="../app/report/pdfcontent.cpp" line="164"/>
        <source>%1 unchanged paragraphs</source>
        <translation>%1 unveränderte Absätze</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="390"/>
        <location filename="../app/report/pdfappendix.cpp" line="40"/>
        <source>Appendix: quote audit</source>
        <translation>Anhang: Zitatprüfung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="392"/>
        <location filename="../app/report/pdfappendix.cpp" line="42"/>
        <source>No quotations found.</source>
        <translation>Keine Zitate gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="396"/>
        <location filename="../app/report/pdfappendix.cpp" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="401"/>
        <location filename="../app/report/pdfappendix.cpp" line="54"/>
        <source>similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="410"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="428"/>
        <location filename="../app/report/pdfappendix.cpp" line="96"/>
        <source>No changed numbers, names, titles or organisations found.</source>
        <translation>Keine geänderten Zahlen, Namen, Titel oder Organisationen gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="431"/>
        <location filename="../app/report/pdfappendix.cpp" line="77"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="434"/>
        <location filename="../app/report/pdfappendix.cpp" line="98"/>
        <source>Facts the same in both versions: %1</source>
        <translation>In beiden Fassungen gleiche Fakten: %1</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="346"/>
        <location filename="../app/report/pdfcontent.cpp" line="189"/>
        <source>not in the left version</source>
        <translation>nicht in der linken Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="346"/>
        <location filename="../app/report/pdfcontent.cpp" line="189"/>
        <source>not in the right version</source>
        <translation>nicht in der rechten Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="363"/>
        <location filename="../app/report/pdfcontent.cpp" line="42"/>
        <source>The two versions side by side</source>
        <translation>Die beiden Fassungen nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="510"/>
        <location filename="../app/report/pdfreport.cpp" line="157"/>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="515"/>
        <source>Made by recension %1</source>
        <translation>Erstellt mit recension %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="58"/>
        <source>The two versions have no passages.</source>
        <translation>Die beiden Fassungen enthalten keine Passagen.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="140"/>
        <source>Marks:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="149"/>
        <source>Bold marks and bold red numbers: changes of fact and other findings; pale marks: low changes. The number beside a line is the change&apos;s number.</source>
        <translation>Kräftige Markierungen und fette rote Nummern: Faktenänderungen und andere Befunde; blasse Markierungen: niedrige Änderungen. Die Nummer neben einer Zeile ist die Nummer der Änderung.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="184"/>
        <source>moved to page %1 in the right version, see change %2</source>
        <extracomment>the passage stands on another page of the report, in the other version</extracomment>
        <translation>in der rechten Fassung auf Seite %1 verschoben, siehe Änderung %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfcontent.cpp" line="185"/>
        <source>moved from page %1 in the left version, see change %2</source>
        <translation>von Seite %1 der linken Fassung verschoben, siehe Änderung %2</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="65"/>
        <source>Facts: numbers, names, titles, organisations</source>
        <translation>Fakten: Zahlen, Namen, Titel, Organisationen</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="209"/>
        <source>Options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/pdfappendix.cpp" line="190"/>
        <source>quoted words</source>
        <translation>zitierte Wörter</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="24"/>
        <location filename="../app/report/reportstrings.cpp" line="112"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="25"/>
        <location filename="../app/report/reportstrings.cpp" line="111"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="26"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="27"/>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="28"/>
        <source>inflection</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="29"/>
        <source>spelling</source>
        <translation>Schreibung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="30"/>
        <location filename="../app/report/reportstrings.cpp" line="86"/>
        <location filename="../app/report/reportstrings.cpp" line="120"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="31"/>
        <location filename="../app/report/reportstrings.cpp" line="87"/>
        <location filename="../app/report/reportstrings.cpp" line="119"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="32"/>
        <location filename="../app/report/reportstrings.cpp" line="121"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="33"/>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="34"/>
        <source>case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="35"/>
        <location filename="../app/report/reportstrings.cpp" line="110"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="36"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="37"/>
        <location filename="../app/report/reportstrings.cpp" line="122"/>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="38"/>
        <location filename="../app/report/reportstrings.cpp" line="123"/>
        <source>hedge</source>
        <translation>Relativierung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="45"/>
        <source>words only the right version has</source>
        <translation>Wörter, die nur die rechte Fassung hat</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="46"/>
        <source>words only the left version has</source>
        <translation>Wörter, die nur die linke Fassung hat</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="47"/>
        <source>words replaced by different words</source>
        <translation>Wörter durch andere ersetzt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="48"/>
        <source>a word swapped for a synonym</source>
        <translation>ein Wort gegen ein Synonym getauscht</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="49"/>
        <source>another form of the same word</source>
        <translation>eine andere Form desselben Worts</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="50"/>
        <source>the same word spelled differently</source>
        <translation>dasselbe Wort anders geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="51"/>
        <source>a different number or figure</source>
        <translation>eine andere Zahl oder Zahlenangabe</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="52"/>
        <source>a proper name replaced or respelled</source>
        <translation>ein Eigenname ersetzt oder anders geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="53"/>
        <source>a quotation given to another speaker</source>
        <translation>ein Zitat einem anderen Sprecher zugeschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="54"/>
        <source>punctuation only</source>
        <translation>nur Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="55"/>
        <source>capital or small letters only</source>
        <translation>nur Groß- oder Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="56"/>
        <source>a passage standing elsewhere</source>
        <translation>eine Passage an anderer Stelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="57"/>
        <source>the same value or name written another way</source>
        <translation>derselbe Wert oder Name anders geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="58"/>
        <source>a negation added or removed, or an antonym</source>
        <translation>eine Verneinung hinzugefügt oder entfernt, oder ein Gegenwort</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="59"/>
        <source>a claim made stronger or weaker</source>
        <translation>eine Aussage verstärkt oder abgeschwächt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="66"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="67"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="68"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="75"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="76"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="77"/>
        <location filename="../app/report/reportstrings.cpp" line="99"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="78"/>
        <location filename="../app/report/reportstrings.cpp" line="100"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="79"/>
        <source>unquoted</source>
        <translation>nicht mehr zitiert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="88"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="89"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="90"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="97"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="98"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="107"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="108"/>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="109"/>
        <source>paraphrased</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="124"/>
        <source>watched term</source>
        <translation>beobachteter Begriff</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="125"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="126"/>
        <source>claim</source>
        <translation>Behauptung</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="216"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="217"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="218"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="219"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="220"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="222"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="226"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="228"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="230"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="232"/>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="265"/>
        <source>page %1 line %2 to page %3 line %4</source>
        <translation>Seite %1 Zeile %2 bis Seite %3 Zeile %4</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="272"/>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="273"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="275"/>
        <source>page %1, %2</source>
        <translation>Seite %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="282"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="283"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="286"/>
        <source>full text</source>
        <translation>vollständiger Text</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="287"/>
        <source>changed passages, with a sentence of context</source>
        <translation>geänderte Passagen, mit einem Satz Kontext</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="288"/>
        <source>changes of fact only</source>
        <translation>nur Faktenänderungen</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="290"/>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="291"/>
        <source>Ignore punctuation</source>
        <translation>Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="293"/>
        <source>Synonyms unimportant</source>
        <translation>Synonyme unwichtig</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="295"/>
        <source>Default language</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <location filename="../app/report/reportstrings.cpp" line="296"/>
        <source>Report shows</source>
        <translation>Bericht zeigt</translation>
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
        <location filename="../app/report/familypdf.cpp" line="94"/>
        <location filename="../app/report/pdfreport.cpp" line="59"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/report/familypdf.cpp" line="391"/>
        <location filename="../app/report/pdfreport.cpp" line="163"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/report/docxwriter.cpp" line="310"/>
        <source>Finding %1: %2, %3 severity. %4</source>
        <extracomment>a Word comment on a finding: number, kind, severity, then its gist</extracomment>
        <translation>Befund %1: %2, Schweregrad %3. %4</translation>
    </message>
    <message>
        <location filename="../app/report/docxwriter.cpp" line="384"/>
        <source>This build cannot write zip packages, so not a Word file either.</source>
        <translation>Diese Programmversion kann keine ZIP-Pakete schreiben und damit auch keine Word-Datei.</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="127"/>
        <source>Left version → right version</source>
        <translation>Linke Fassung → rechte Fassung</translation>
    </message>
    <message>
        <location filename="../app/report/pdfsummary.cpp" line="128"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>Recension::ReviewMarks</name>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="226"/>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="229"/>
        <source>“%1” is not %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="238"/>
        <source>“on” is neither “change” nor “finding”</source>
        <translation>„on“ ist weder „change“ noch „finding“</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="246"/>
        <source>“state” is neither “checked” nor “disputed”</source>
        <translation>„state“ ist weder „checked“ noch „disputed“</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="323"/>
        <source>“marks” is not a list</source>
        <translation>„marks“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="330"/>
        <source>review mark %1: %2</source>
        <translation>Prüfvermerk %1: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="354"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../app/workspace/reviewmarks.cpp" line="354"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location filename="../app/workspace/familymarks.cpp" line="160"/>
        <source>Review marks: %1 checked, %2 disputed.</source>
        <translation>Prüfvermerke: %1 geprüft, %2 strittig.</translation>
    </message>
    <message>
        <location filename="../app/workspace/familymarks.cpp" line="171"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Recension::Session</name>
    <message>
        <location filename="../app/workspace/session.cpp" line="83"/>
        <source>“%1” is not %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="99"/>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="99"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="106"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="120"/>
        <source>the index of a version or null</source>
        <translation>der Index einer Fassung oder null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="128"/>
        <location filename="../app/workspace/session.cpp" line="172"/>
        <location filename="../app/workspace/session.cpp" line="184"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="148"/>
        <source>a watch list or null</source>
        <translation>eine Beobachtungsliste oder null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="152"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="207"/>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>die Datei ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="212"/>
        <source>it is not a Recension session (no JSON object)</source>
        <translation>die Datei ist keine Recension-Sitzung (kein JSON-Objekt)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="215"/>
        <source>it is not a Recension session (the format is not “%1”)</source>
        <translation>die Datei ist keine Recension-Sitzung (das Format ist nicht „%1“)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="219"/>
        <source>its “version” is not a positive whole number</source>
        <translation>ihr Feld „version“ ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="221"/>
        <source>it was written by a newer Recension (session version %1; this one reads version %2)</source>
        <translation>sie wurde von einer neueren Recension-Version geschrieben (Sitzungsversion %1; diese liest Version %2)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="230"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="248"/>
        <source>“pair” is not two version indices or null</source>
        <translation>„pair“ ist weder zwei Fassungsindizes noch null</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="259"/>
        <source>a review mark names a version the session does not have</source>
        <translation>ein Prüfvermerk nennt eine Fassung, die es in der Sitzung nicht gibt</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="318"/>
        <location filename="../app/workspace/session.cpp" line="328"/>
        <source>Cannot open the session %1: %2</source>
        <translation>Die Sitzung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="333"/>
        <source>there is no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="335"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="337"/>
        <source>it is %1 MiB, more than a session can be (%2 MiB)</source>
        <translation>die Datei hat %1 MiB, mehr als eine Sitzung haben kann (%2 MiB)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="346"/>
        <source>it is more than a session can be (%1 MiB)</source>
        <translation>die Datei ist größer, als eine Sitzung sein kann (%1 MiB)</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="360"/>
        <source>%1 is missing: it was a version of this session.</source>
        <translation>%1 fehlt: Die Datei war eine Fassung dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/workspace/session.cpp" line="366"/>
        <source>%1 has changed since the session was saved: its content differs from the one compared then.</source>
        <translation>%1 wurde seit dem Speichern der Sitzung geändert: Ihr Inhalt weicht von dem damals verglichenen ab.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui</name>
    <message>
        <location filename="../ui/window/application.cpp" line="36"/>
        <source>recension: no display to open a window on; use &apos;recension compare LEFT RIGHT --json -&apos; or &apos;recension info FILE&apos; to work headless.
</source>
        <translation>recension: kein Display, auf dem sich ein Fenster öffnen ließe; ohne Oberfläche arbeiten Sie mit &apos;recension compare LINKS RECHTS --json -&apos; oder &apos;recension info DATEI&apos;.
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>Compare versions of an article.</source>
        <translation>Fassungen eines Artikels vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="25"/>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="27"/>
        <source>Render the window comparing the first two files to an image file, then exit.</source>
        <translation>Das Fenster mit dem Vergleich der ersten beiden Dateien als Bilddatei speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="31"/>
        <source>With --screenshot: the lower panel to show (findings, changes, quotations or facts), or family: the family view of every version.</source>
        <translation>Mit --screenshot: der anzuzeigende untere Bereich (findings, changes, quotations oder facts) oder family: die Familienansicht aller Fassungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="26"/>
        <source>FILE.png</source>
        <translation>DATEI.png</translation>
    </message>
    <message>
        <location filename="../app/cli/optiontable.cpp" line="30"/>
        <source>PANEL</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="92"/>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <location filename="../ui/window/application.cpp" line="79"/>
        <source>Open Versions</source>
        <translation>Fassungen öffnen</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListModel</name>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="138"/>
        <source>Not marked</source>
        <translation>Ohne Vermerk</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="175"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="188"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="189"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="190"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="191"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="192"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="193"/>
        <source>In quotation</source>
        <translation>Im Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistmodel.cpp" line="194"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeListPanel</name>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="32"/>
        <location filename="../ui/panels/changelistpanel.cpp" line="249"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="33"/>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="37"/>
        <location filename="../ui/panels/changelistpanel.cpp" line="253"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="38"/>
        <source>Filter by severity</source>
        <translation>Nach Schweregrad filtern</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="42"/>
        <source>Search changes</source>
        <translation>Änderungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="43"/>
        <source>Search the changes</source>
        <translation>Die Änderungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="46"/>
        <source>Number of changes shown</source>
        <translation>Anzahl der angezeigten Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="51"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="64"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="116"/>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="129"/>
        <source>Show Only &amp;Facts (%1)</source>
        <extracomment>%1 lists the categories kept, e.g. &quot;number, name, speaker, polarity&quot;</extracomment>
        <translation>Nur &amp;Fakten anzeigen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="166"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="250"/>
        <source>&amp;Categories (%1 of %2)</source>
        <translation>&amp;Kategorien (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="254"/>
        <source>Se&amp;verity (%1 of %2)</source>
        <translation>&amp;Schweregrad (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="258"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="258"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/changelistpanel.cpp" line="259"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ChangeStyle</name>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="18"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="19"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="20"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="21"/>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="22"/>
        <source>inflection</source>
        <translation>Flexion</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="23"/>
        <source>spelling</source>
        <translation>Schreibung</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="24"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="25"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="26"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="27"/>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="28"/>
        <source>case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="29"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="30"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="31"/>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="32"/>
        <source>hedge</source>
        <translation>Relativierung</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="40"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="41"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="42"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="50"/>
        <source>identical passage</source>
        <translation>identische Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="51"/>
        <source>modified passage</source>
        <translation>geänderte Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="52"/>
        <source>paraphrased passage</source>
        <translation>umformulierte Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="53"/>
        <source>moved passage</source>
        <translation>verschobene Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="54"/>
        <source>deleted passage</source>
        <translation>gelöschte Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="55"/>
        <source>inserted passage</source>
        <translation>eingefügte Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="63"/>
        <source>underlined</source>
        <translation>unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="64"/>
        <source>struck through</source>
        <translation>durchgestrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="65"/>
        <source>dashed underline</source>
        <translation>gestrichelt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="66"/>
        <source>dotted underline</source>
        <translation>gepunktet unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="67"/>
        <source>dash-dot underline</source>
        <translation>Strich-Punkt-Linie</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="68"/>
        <source>wavy underline</source>
        <translation>gewellt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="69"/>
        <source>dash-dot-dot underline</source>
        <translation>Strich-Zweipunkt-Linie</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="70"/>
        <source>double underline</source>
        <translation>doppelt unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="71"/>
        <source>boxed</source>
        <translation>umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="72"/>
        <source>dashed box</source>
        <translation>gestrichelt umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="73"/>
        <source>dotted box</source>
        <translation>gepunktet umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="74"/>
        <source>margin bar, sloped band</source>
        <translation>Randbalken, schräges Band</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="75"/>
        <source>corner brackets</source>
        <translation>Eckklammern</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="76"/>
        <source>double box</source>
        <translation>doppelt umrahmt</translation>
    </message>
    <message>
        <location filename="../ui/view/changestyle.cpp" line="77"/>
        <source>thick underline</source>
        <translation>dick unterstrichen</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ClipboardDocument</name>
    <message>
        <location filename="../ui/window/clipboarddocument.cpp" line="38"/>
        <source>The clipboard holds no text to add, only an image or a link: copy the article&apos;s text, or open its file with File › Open.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Hinzufügen, nur ein Bild oder einen Link: Kopieren Sie den Text des Artikels oder öffnen Sie seine Datei mit Datei › Öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/window/clipboarddocument.cpp" line="40"/>
        <source>The clipboard holds no text to add: copy the article&apos;s text from a browser or an editor first.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Hinzufügen: Kopieren Sie zuerst den Text des Artikels aus einem Browser oder Editor.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonNotices</name>
    <message>
        <location filename="../ui/view/comparisonnotices.cpp" line="20"/>
        <source>Notices about this comparison</source>
        <translation>Hinweise zu diesem Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/view/comparisonnotices.cpp" line="41"/>
        <source>Set aside as page clutter: %1 (shown greyed and left out of the figures; click one to compare it after all).</source>
        <translation>Als Seiten-Beiwerk beiseitegelassen: %1 (grau dargestellt und aus den Kennzahlen ausgenommen; klicken Sie auf einen Eintrag, um ihn doch zu vergleichen).</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ComparisonStatus</name>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="20"/>
        <source>Meaning and wording kept</source>
        <translation>Sinn und Wortlaut erhalten</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="22"/>
        <source>Meaning kept: share of the words of both versions found again in the other, equal or a synonym. Wording kept: share found again word for word. A spun copy keeps the meaning and loses the wording.</source>
        <translation>Sinn erhalten: Anteil der Wörter beider Fassungen, die sich in der anderen wiederfinden, gleich oder als Synonym. Wortlaut erhalten: Anteil, der sich wortgetreu wiederfindet. Eine verschleierte Kopie behält den Sinn und verliert den Wortlaut.</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="26"/>
        <source>Changes per category</source>
        <translation>Änderungen je Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="30"/>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="34"/>
        <source>Cancel the comparison</source>
        <translation>Den Vergleich abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="56"/>
        <source>Meaning kept %1 · Wording kept %2</source>
        <extracomment>the two similarity figures of the status bar</extracomment>
        <translation>Sinn erhalten %1 · Wortlaut erhalten %2</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="63"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/window/comparisonstatus.cpp" line="65"/>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::DocumentListPanel</name>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="20"/>
        <source>Open versions</source>
        <translation>Geöffnete Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="21"/>
        <source>The open versions. Right-click (or the menu key) to compare one as the left or right side, make it the base or edit where it was published.</source>
        <translation>Die geöffneten Fassungen. Mit Rechtsklick (oder der Menütaste) eine davon als linke oder rechte Seite vergleichen, zur Basis machen oder bearbeiten, wo sie erschienen ist.</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="42"/>
        <source>Compare as &amp;Left</source>
        <translation>Als &amp;linke Seite vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="44"/>
        <source>Compare as &amp;Right</source>
        <translation>Als &amp;rechte Seite vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="46"/>
        <location filename="../ui/panels/documentlistpanel.cpp" line="56"/>
        <source>Set as &amp;Base</source>
        <translation>Als &amp;Basis festlegen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="48"/>
        <location filename="../ui/panels/documentlistpanel.cpp" line="60"/>
        <source>Edit &amp;Provenance…</source>
        <translation>&amp;Herkunft bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="50"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="57"/>
        <source>Read the other versions against the selected one (the source)</source>
        <translation>Die anderen Fassungen an der ausgewählten (der Quelle) messen</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="62"/>
        <source>Edit the outlet, URL and dates of the selected version, as a citation names them</source>
        <translation>Medium, URL und Daten der ausgewählten Fassung bearbeiten, wie ein Quellennachweis sie nennt</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="75"/>
        <source>&amp;Family View…</source>
        <translation>&amp;Familienansicht…</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="76"/>
        <source>Every open version at once: who copied whom, verdicts, quotations</source>
        <translation>Alle geöffneten Fassungen auf einmal: wer von wem kopiert hat, Einstufungen, Zitate</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="98"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="101"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../ui/panels/documentlistpanel.cpp" line="103"/>
        <source>right</source>
        <translation>rechts</translation>
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
        <translation>%1 Absätze, %2 Wörter, %3</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="83"/>
        <source>page %1 line %2 to page %3 line %4</source>
        <translation>Seite %1 Zeile %2 bis Seite %3 Zeile %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="90"/>
        <source>page %1, lines %2–%3</source>
        <translation>Seite %1, Zeilen %2–%3</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="92"/>
        <source>page %1, line %2</source>
        <translation>Seite %1, Zeile %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="94"/>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="95"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="100"/>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="102"/>
        <source>%1, watched term</source>
        <translation>%1, beobachteter Begriff</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="108"/>
        <source>%1, inside a quotation</source>
        <translation>%1, innerhalb eines Zitats</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="109"/>
        <source>%1, inside a quotation by %2</source>
        <translation>%1, innerhalb eines Zitats von %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="154"/>
        <source>Left source:  %1 (%2)</source>
        <translation>Linke Quelle:  %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="154"/>
        <source>Right source: %1 (%2)</source>
        <translation>Rechte Quelle: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="176"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="198"/>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="207"/>
        <source>Finding %1 (%2 severity): %3: %4</source>
        <translation>Befund %1 (Schweregrad %2): %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="213"/>
        <source>Quotation by %1</source>
        <translation>Zitat von %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="229"/>
        <source>Place %1 of %2: %3 (%4): %5</source>
        <translation>Stelle %1 von %2: %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="119"/>
        <source>Left </source>
        <translation>Links </translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="119"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="125"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="137"/>
        <source>%1 (%2, %3): absent from this passage</source>
        <translation>%1 (%2, %3): fehlt in dieser Passage</translation>
    </message>
    <message>
        <location filename="../ui/panels/evidence.cpp" line="140"/>
        <source>%1 (%2): absent</source>
        <translation>%1 (%2): fehlt</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="50"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="183"/>
        <location filename="../ui/dialogs/exportdialog.cpp" line="205"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="52"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="53"/>
        <source>HTML page (self-contained)</source>
        <translation>HTML-Seite (eigenständig)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="54"/>
        <source>JSON (for scripts)</source>
        <translation>JSON (für Skripte)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="55"/>
        <source>Word document with tracked changes</source>
        <translation>Word-Dokument mit nachverfolgten Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="56"/>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="58"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="59"/>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="60"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="63"/>
        <source>F&amp;ull text of both versions</source>
        <translation>&amp;Vollständiger Text beider Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="64"/>
        <source>C&amp;hanged passages only, with a sentence of context</source>
        <translation>Nur &amp;geänderte Passagen, mit einem Satz Kontext</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="65"/>
        <source>Changes of f&amp;act only; unchanged paragraphs folded</source>
        <translation>Nur F&amp;aktenänderungen; unveränderte Absätze eingeklappt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>Append the full &amp;table of changes</source>
        <translation>Vollständige &amp;Tabelle der Änderungen anhängen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="69"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="72"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="73"/>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="78"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="84"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="88"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="89"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="90"/>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="97"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="152"/>
        <source>comparison</source>
        <translation>vergleich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="156"/>
        <source>%1-vs-%2</source>
        <translation>%1-vs-%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="180"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="181"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="181"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="198"/>
        <source>%1 is one of the compared versions; choose another file.</source>
        <translation>%1 ist eine der verglichenen Fassungen; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="206"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactGridModel</name>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="242"/>
        <source>%1 in the base; %2</source>
        <translation>%1 in der Basis; %2</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="260"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="262"/>
        <source>In the base</source>
        <translation>In der Basis</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactTableModel</name>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="137"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="139"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="140"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="141"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="158"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="159"/>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FactsPanel</name>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="29"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="30"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="31"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="32"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="33"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="41"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="42"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="43"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="44"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="229"/>
        <source>Show &amp;unchanged facts</source>
        <translation>&amp;Unveränderte Fakten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="230"/>
        <source>Show unchanged facts</source>
        <translation>Unveränderte Fakten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="232"/>
        <source>Number of facts shown</source>
        <translation>Anzahl der angezeigten Fakten</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="236"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../ui/panels/factspanel.cpp" line="239"/>
        <source>Numbers, dates, names, titles and organisations, and what became of them</source>
        <translation>Zahlen, Daten, Namen, Titel und Organisationen – und was aus ihnen wurde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/factspanel.cpp" line="322"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n Fakt</numerusform>
            <numerusform>%n Fakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/factspanel.cpp" line="323"/>
        <source>%1 of %n fact(s)</source>
        <translation>
            <numerusform>%1 von %n Fakt</numerusform>
            <numerusform>%1 von %n Fakten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FamilyMatrixModel</name>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="60"/>
        <source>%1 against itself</source>
        <translation>%1 mit sich selbst</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="85"/>
        <source>Click or press Enter to compare them side by side.</source>
        <translation>Klicken oder die Eingabetaste drücken, um sie nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="108"/>
        <source>V%1 (base)</source>
        <translation>F%1 (Basis)</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="109"/>
        <source>V%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familymatrixmodel.cpp" line="113"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FamilyWindow</name>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="52"/>
        <source>Family of Versions</source>
        <translation>Familie der Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="63"/>
        <source>Compare Again</source>
        <translation>Erneut vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="64"/>
        <source>Compare every pair of the versions again</source>
        <translation>Alle Paare der Fassungen erneut vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="76"/>
        <source>Every pair: meaning kept / wording kept</source>
        <translation>Alle Paare: Sinn erhalten / Wortlaut erhalten</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="77"/>
        <source>Meaning kept / wording kept for every pair; ≡ same text, ≈ reworded, ∼ partly, ≠ different. Click a pair to compare it side by side.</source>
        <translation>Sinn erhalten / Wortlaut erhalten für alle Paare; ≡ gleicher Text, ≈ umformuliert, ∼ teilweise, ≠ verschieden. Klicken Sie auf ein Paar, um es nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="94"/>
        <source>Meaning kept / wording kept. ≡ same text · ≈ same meaning, reworded · ∼ partly the same · ≠ different. Review marks: ✓ checked, ✗ disputed.</source>
        <translation>Sinn erhalten / Wortlaut erhalten. ≡ gleicher Text · ≈ gleicher Sinn, umformuliert · ∼ teilweise gleich · ≠ verschieden. Prüfvermerke: ✓ geprüft, ✗ strittig.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Verdict against the base</source>
        <translation>Einstufung gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="110"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="111"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="130"/>
        <source>&amp;Verdicts</source>
        <translation>&amp;Einstufungen</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="131"/>
        <source>&amp;Quotations</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="132"/>
        <source>F&amp;acts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="169"/>
        <source>Open two or more versions of the story to see their family.</source>
        <translation>Öffnen Sie zwei oder mehr Fassungen der Meldung, um ihre Familie zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="174"/>
        <source>Comparing every pair of versions (%1 pairs)…</source>
        <translation>Alle Paare von Fassungen werden verglichen (%1 Paare)…</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="216"/>
        <source>Compared %1 of %2 pairs…</source>
        <translation>%1 von %2 Paaren verglichen…</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="224"/>
        <source>Cancelled. The family shown, if any, is from before.</source>
        <translation>Abgebrochen. Die angezeigte Familie, falls vorhanden, stammt von vorher.</translation>
    </message>
    <message>
        <location filename="../ui/family/familywindow.cpp" line="270"/>
        <source>Versions: %1; base: %2. Click a pair in the matrix to compare it side by side.</source>
        <translation>Fassungen: %1; Basis: %2. Klicken Sie auf ein Paar in der Matrix, um es nebeneinander zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindBar</name>
    <message>
        <location filename="../ui/view/findbar.cpp" line="14"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="16"/>
        <source>Find in both versions</source>
        <translation>In beiden Fassungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="17"/>
        <source>Text to find in both columns</source>
        <translation>In beiden Spalten zu suchender Text</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="21"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="24"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="25"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="27"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="30"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="31"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="33"/>
        <source>Number of matches</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="35"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="36"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="37"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="75"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="77"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="77"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location filename="../ui/view/findbar.cpp" line="79"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingListModel</name>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="101"/>
        <source>Not marked</source>
        <translation>Ohne Vermerk</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="133"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="134"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="135"/>
        <source>Left → right</source>
        <translation>Links → rechts</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="136"/>
        <source>Places</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="137"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/panels/findinglistmodel.cpp" line="138"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingSummary</name>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="30"/>
        <source>%n name</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="31"/>
        <source>%n names</source>
        <translation>
            <numerusform>%n Name</numerusform>
            <numerusform>%n Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="32"/>
        <source>%n number</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="33"/>
        <source>%n numbers</source>
        <translation>
            <numerusform>%n Zahl</numerusform>
            <numerusform>%n Zahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="34"/>
        <source>%n speaker</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="35"/>
        <source>%n speakers</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="36"/>
        <source>%n negation</source>
        <translation>
            <numerusform>%n Verneinung</numerusform>
            <numerusform>%n Verneinungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="37"/>
        <source>%n negations</source>
        <translation>
            <numerusform>%n Verneinung</numerusform>
            <numerusform>%n Verneinungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="38"/>
        <source>%n hedge</source>
        <translation>
            <numerusform>%n Relativierung</numerusform>
            <numerusform>%n Relativierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="39"/>
        <source>%n hedges</source>
        <translation>
            <numerusform>%n Relativierung</numerusform>
            <numerusform>%n Relativierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="40"/>
        <source>%n watched term</source>
        <translation>
            <numerusform>%n beobachteter Begriff</numerusform>
            <numerusform>%n beobachtete Begriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="41"/>
        <source>%n watched terms</source>
        <translation>
            <numerusform>%n beobachteter Begriff</numerusform>
            <numerusform>%n beobachtete Begriffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="42"/>
        <source>%n quotation altered</source>
        <translation>
            <numerusform>%n Zitat verändert</numerusform>
            <numerusform>%n Zitate verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="43"/>
        <source>%n quotations altered</source>
        <translation>
            <numerusform>%n Zitat verändert</numerusform>
            <numerusform>%n Zitate verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="44"/>
        <source>%n quotation added</source>
        <translation>
            <numerusform>%n Zitat hinzugefügt</numerusform>
            <numerusform>%n Zitate hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="45"/>
        <source>%n quotations added</source>
        <translation>
            <numerusform>%n Zitat hinzugefügt</numerusform>
            <numerusform>%n Zitate hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="46"/>
        <source>%n quotation missing</source>
        <translation>
            <numerusform>%n Zitat fehlt</numerusform>
            <numerusform>%n Zitate fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="47"/>
        <source>%n quotations missing</source>
        <translation>
            <numerusform>%n Zitat fehlt</numerusform>
            <numerusform>%n Zitate fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="48"/>
        <source>%n quotation no longer quoted</source>
        <translation>
            <numerusform>%n Zitat aufgelöst</numerusform>
            <numerusform>%n Zitate aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="49"/>
        <source>%n quotations no longer quoted</source>
        <translation>
            <numerusform>%n Zitat aufgelöst</numerusform>
            <numerusform>%n Zitate aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="50"/>
        <source>%n claim dropped</source>
        <translation>
            <numerusform>%n Behauptung gestrichen</numerusform>
            <numerusform>%n Behauptungen gestrichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="51"/>
        <source>%n claims dropped</source>
        <translation>
            <numerusform>%n Behauptung gestrichen</numerusform>
            <numerusform>%n Behauptungen gestrichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="52"/>
        <source>%n claim added</source>
        <translation>
            <numerusform>%n Behauptung hinzugefügt</numerusform>
            <numerusform>%n Behauptungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/view/findingsummary.cpp" line="53"/>
        <source>%n claims added</source>
        <translation>
            <numerusform>%n Behauptung hinzugefügt</numerusform>
            <numerusform>%n Behauptungen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="85"/>
        <source>Summary of the findings</source>
        <translation>Zusammenfassung der Befunde</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="86"/>
        <source>What a fact-checker must look at. Click a part to go to its first finding; F8 steps through all of them.</source>
        <translation>Was ein Faktenprüfer ansehen muss. Ein Klick auf einen Teil springt zu seinem ersten Befund; F8 geht alle der Reihe nach durch.</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="121"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Keine Befunde: keine Faktenänderung, kein Zitat und keine Behauptung zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/view/findingsummary.cpp" line="141"/>
        <source>&lt;b&gt;Findings:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Befunde:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::FindingText</name>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="11"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="12"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="13"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="14"/>
        <source>negation</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="15"/>
        <source>hedge</source>
        <translation>Relativierung</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="16"/>
        <source>watched term</source>
        <translation>beobachteter Begriff</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="17"/>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="18"/>
        <source>claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="28"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="29"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="30"/>
        <location filename="../ui/panels/findingtext.cpp" line="36"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="31"/>
        <source>no longer quoted</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="32"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingtext.cpp" line="36"/>
        <source>dropped</source>
        <translation>gestrichen</translation>
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
        <translation>Anzahl der Befunde</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="22"/>
        <source>Review marks not found</source>
        <translation>Prüfvermerke nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="28"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="38"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="75"/>
        <source>No findings: no change of fact, quotation or claim to check.</source>
        <translation>Keine Befunde: keine Faktenänderung, kein Zitat und keine Behauptung zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="77"/>
        <source>To check: %1 high, %2 medium. F8 steps through them, Enter goes to one.</source>
        <translation>Zu prüfen: %1 hoch, %2 mittel. F8 geht sie durch, Eingabe springt zum gewählten.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="97"/>
        <source>1 review mark of these versions no longer finds its words; it is kept and comes back if they do.</source>
        <translation>1 Prüfvermerk dieser Fassungen findet seine Wörter nicht mehr; er bleibt erhalten und kehrt zurück, wenn sie wieder auftauchen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/findingspanel.cpp" line="99"/>
        <source>%1 review marks of these versions no longer find their words; they are kept and come back if the words do.</source>
        <translation>%1 Prüfvermerke dieser Fassungen finden ihre Wörter nicht mehr; sie bleiben erhalten und kehren zurück, wenn die Wörter wieder auftauchen.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LegendWidget</name>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="15"/>
        <source>added</source>
        <translation>ergänzt</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="16"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="17"/>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="18"/>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="19"/>
        <source>says</source>
        <translation>sagt</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="20"/>
        <source>colour</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="21"/>
        <source>3,600</source>
        <translation>3.600</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="22"/>
        <source>Smith</source>
        <translation>Schmidt</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="23"/>
        <source>she said</source>
        <translation>sagte sie</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="24"/>
        <source>; —</source>
        <translation>; –</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="25"/>
        <source>Minister</source>
        <translation>Minister</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="26"/>
        <source>passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="27"/>
        <source>U.S./US</source>
        <translation>UNO/UN</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="28"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="29"/>
        <source>may</source>
        <translation>könnte</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="43"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="82"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="85"/>
        <source>inside a quotation: line above</source>
        <translation>in einem Zitat: Strich darüber</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="86"/>
        <source>nothing on this side: hatched gap</source>
        <translation>auf dieser Seite nichts: schraffierte Lücke</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="142"/>
        <source>“quoted”</source>
        <translation>„zitiert“</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="143"/>
        <source>in a quotation</source>
        <translation>in einem Zitat</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="143"/>
        <source>line above</source>
        <translation>Strich darüber</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="148"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../ui/view/legendwidget.cpp" line="148"/>
        <source>nothing on this side</source>
        <translation>auf dieser Seite nichts</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::LineageView</name>
    <message>
        <location filename="../ui/family/lineageview.cpp" line="45"/>
        <source>Lineage of the versions</source>
        <translation>Abstammung der Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/family/lineageview.cpp" line="149"/>
        <source>Not copies of the base (other articles):</source>
        <translation>Keine Kopien der Basis (andere Artikel):</translation>
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
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="151"/>
        <source>Findings, changes, quotations and facts</source>
        <translation>Befunde, Änderungen, Zitate und Fakten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="153"/>
        <source>F&amp;indings</source>
        <translation>Bef&amp;unde</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>&amp;Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="155"/>
        <source>&amp;Quotations</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="156"/>
        <source>Fac&amp;ts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="178"/>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="187"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="43"/>
        <source>%1: only one session opens at a time; this one was not opened.</source>
        <translation>%1: Es kann nur eine Sitzung zugleich geöffnet werden; diese wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="78"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="130"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="131"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="89"/>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="118"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="125"/>
        <source>Reloaded %1.</source>
        <translation>%1 neu geladen.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="443"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="475"/>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="69"/>
        <source>No change is shown in the list; check its filters.</source>
        <translation>Die Liste zeigt keine Änderung; prüfen Sie die Filter.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="87"/>
        <source>There is no finding to step through.</source>
        <translation>Es gibt keinen Befund zum Durchgehen.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="136"/>
        <location filename="../ui/window/mainwindowpanels.cpp" line="152"/>
        <source>Select a change first.</source>
        <translation>Wählen Sie zuerst eine Änderung aus.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="141"/>
        <source>Evidence for change %1 copied to the clipboard.</source>
        <translation>Beleg für Änderung %1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="156"/>
        <source>Evidence for %1 changes copied to the clipboard.</source>
        <translation>Beleg für %1 Änderungen in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="163"/>
        <source>Select a finding first.</source>
        <translation>Wählen Sie zuerst einen Befund aus.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowpanels.cpp" line="168"/>
        <source>Evidence for finding %1 copied to the clipboard.</source>
        <translation>Beleg für Befund %1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="140"/>
        <location filename="../ui/window/mainwindowopen.cpp" line="143"/>
        <location filename="../ui/window/mainwindowopen.cpp" line="192"/>
        <source>Open Versions</source>
        <translation>Fassungen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="156"/>
        <source>Pasted text %1</source>
        <translation>Eingefügter Text %1</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowopen.cpp" line="158"/>
        <source>Paste as New Version</source>
        <translation>Als neue Fassung einfügen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="492"/>
        <source>About Recension</source>
        <translation>Über Recension</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindow.cpp" line="493"/>
        <source>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Compares versions of a news article: aligns the passages that say the same thing and names every divergence — synonyms, numbers, names, altered quotations, inserted, deleted and moved passages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recension %1&lt;/h3&gt;&lt;p&gt;Vergleicht Fassungen eines Nachrichtenartikels: ordnet einander die Passagen zu, die dasselbe sagen, und benennt jede Abweichung – Synonyme, Zahlen, Namen, veränderte Zitate, eingefügte, gelöschte und verschobene Passagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="37"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="38"/>
        <source>Open versions of the article (Ctrl+O)</source>
        <translation>Fassungen des Artikels öffnen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="40"/>
        <source>&amp;Paste as New Version</source>
        <translation>Als &amp;neue Fassung einfügen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="42"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="43"/>
        <source>Add the text on the clipboard as a new version (Ctrl+Shift+V)</source>
        <translation>Den Text aus der Zwischenablage als neue Fassung hinzufügen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="45"/>
        <source>&amp;Remove Version</source>
        <translation>Fassung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="48"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="49"/>
        <source>Write the comparison as a PDF, HTML or JSON report (Ctrl+E)</source>
        <translation>Den Vergleich als PDF-, HTML- oder JSON-Bericht schreiben (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="51"/>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="53"/>
        <source>Open a saved workspace: its versions, base, options and review marks</source>
        <translation>Einen gespeicherten Arbeitsstand öffnen: seine Fassungen, Basis, Optionen und Prüfvermerke</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="55"/>
        <source>&amp;Save Session…</source>
        <translation>Sitzung s&amp;peichern…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="57"/>
        <source>Save the versions, their provenance, the base, the options and the review marks as a session file (Ctrl+S)</source>
        <translation>Die Fassungen, ihre Herkunft, die Basis, die Optionen und die Prüfvermerke als Sitzungsdatei speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="64"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="66"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="68"/>
        <source>Copy both sides of the current finding or change with file names and lines (Ctrl+Shift+C)</source>
        <translation>Beide Seiten des aktuellen Befunds oder der aktuellen Änderung mit Dateinamen und Zeilen kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="71"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="72"/>
        <source>Find text in both versions (Ctrl+F)</source>
        <translation>Text in beiden Fassungen suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="73"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="74"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="75"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="79"/>
        <source>Watch &amp;List…</source>
        <translation>Beobachtungs&amp;liste…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="80"/>
        <source>Edit the names and terms whose every change is a finding</source>
        <translation>Die Namen und Begriffe bearbeiten, bei denen jede Änderung ein Befund ist</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="83"/>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="85"/>
        <source>Swap the left and right versions (Ctrl+Shift+X)</source>
        <translation>Linke und rechte Fassung tauschen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="87"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="88"/>
        <source>Go to the next change in the list (F7)</source>
        <translation>Zur nächsten Änderung in der Liste springen (F7)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="90"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="92"/>
        <source>Go to the previous change in the list (Shift+F7)</source>
        <translation>Zur vorherigen Änderung in der Liste springen (Umschalt+F7)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="94"/>
        <source>Next &amp;Finding</source>
        <translation>Nächster &amp;Befund</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="95"/>
        <source>Go to the next finding, high ones first (F8)</source>
        <translation>Zum nächsten Befund springen, hohe zuerst (F8)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="97"/>
        <source>Previous F&amp;inding</source>
        <translation>Vorh&amp;eriger Befund</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="98"/>
        <source>Go to the previous finding (Shift+F8)</source>
        <translation>Zum vorherigen Befund springen (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="113"/>
        <source>Ignore &amp;Case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="114"/>
        <source>Treat words differing only in capitals as equal (Ctrl+Alt+C)</source>
        <translation>Wörter, die sich nur in der Groß-/Kleinschreibung unterscheiden, als gleich behandeln (Strg+Alt+C)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="118"/>
        <source>Ignore &amp;Punctuation</source>
        <translation>&amp;Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="119"/>
        <source>Do not report punctuation and quote styles (Ctrl+Alt+P)</source>
        <translation>Zeichensetzung und Anführungszeichen nicht melden (Strg+Alt+P)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="122"/>
        <source>&amp;Hide Synonym Swaps</source>
        <translation>&amp;Synonymtausch ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="123"/>
        <source>Treat synonym swaps as unimportant (Ctrl+Alt+S)</source>
        <translation>Synonymtausch als unwichtig behandeln (Strg+Alt+S)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="125"/>
        <source>Case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="126"/>
        <source>Punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="127"/>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="129"/>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="131"/>
        <source>S&amp;maller Text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="133"/>
        <source>&amp;Family of Versions…</source>
        <translation>&amp;Familie der Fassungen…</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="134"/>
        <source>Every open version at once: matrix, lineage, verdicts, quotations (Ctrl+J)</source>
        <translation>Alle geöffneten Fassungen auf einmal: Matrix, Abstammung, Einstufungen, Zitate (Strg+J)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="137"/>
        <source>&amp;About Recension</source>
        <translation>&amp;Über Recension</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="146"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="152"/>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="179"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="193"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="206"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowactions.cpp" line="213"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="81"/>
        <source>The last run ended unexpectedly; its workspace was recovered.</source>
        <translation>Die letzte Ausführung wurde unerwartet beendet; ihr Arbeitsstand wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="132"/>
        <source>Opened session %1.</source>
        <translation>Sitzung %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="145"/>
        <source>Session saved to %1.</source>
        <translation>Sitzung in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="155"/>
        <location filename="../ui/window/mainwindowsession.cpp" line="162"/>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="155"/>
        <source>Recension sessions (*.recension);;All files (*)</source>
        <translation>Recension-Sitzungen (*.recension);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="175"/>
        <source>story</source>
        <translation>meldung</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="178"/>
        <location filename="../ui/window/mainwindowsession.cpp" line="187"/>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="178"/>
        <source>Recension sessions (*.recension)</source>
        <translation>Recension-Sitzungen (*.recension)</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="205"/>
        <source>Pasted versions exist only in this window. Save the session before opening another, so that they are not lost?</source>
        <translation>Eingefügte Fassungen gibt es nur in diesem Fenster. Die Sitzung speichern, bevor eine andere geöffnet wird, damit sie nicht verloren gehen?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="210"/>
        <source>Review marks were set since the session was saved. Save the session before opening another?</source>
        <translation>Seit dem Speichern der Sitzung wurden Prüfvermerke gesetzt. Die Sitzung speichern, bevor eine andere geöffnet wird?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="213"/>
        <source>Save Session?</source>
        <translation>Sitzung speichern?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="203"/>
        <source>Pasted versions exist only in this window. Save the session before quitting, so that they are not lost?</source>
        <translation>Eingefügte Fassungen gibt es nur in diesem Fenster. Die Sitzung vor dem Beenden speichern, damit sie nicht verloren gehen?</translation>
    </message>
    <message>
        <location filename="../ui/window/mainwindowsession.cpp" line="208"/>
        <source>Review marks were set since the session was saved. Save the session before quitting?</source>
        <translation>Seit dem Speichern der Sitzung wurden Prüfvermerke gesetzt. Die Sitzung vor dem Beenden speichern?</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::OverviewStrip</name>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="40"/>
        <source>Overview of changes</source>
        <translation>Übersicht der Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="41"/>
        <source>Where the changes are; click to go there.</source>
        <translation>Wo die Änderungen liegen; ein Klick springt dorthin.</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="101"/>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="101"/>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="103"/>
        <source>1 finding (%1 high)</source>
        <translation>1 Befund (%1 hoch)</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="104"/>
        <source>%1 findings (%2 high)</source>
        <translation>%1 Befunde (%2 hoch)</translation>
    </message>
    <message>
        <location filename="../ui/view/overviewstrip.cpp" line="105"/>
        <source>%1; %2. Click or drag to go to a part of the comparison.</source>
        <translation>%1; %2. Klicken oder ziehen, um zu einer Stelle des Vergleichs zu springen.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::PairBar</name>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="22"/>
        <source>Left version</source>
        <translation>Linke Fassung</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="22"/>
        <source>Right version</source>
        <translation>Rechte Fassung</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="24"/>
        <source>The version shown in the left column; picking the right one swaps the sides</source>
        <translation>Die in der linken Spalte angezeigte Fassung; wählt man die rechte, werden die Seiten getauscht</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="26"/>
        <source>The version shown in the right column; picking the left one swaps the sides</source>
        <translation>Die in der rechten Spalte angezeigte Fassung; wählt man die linke, werden die Seiten getauscht</translation>
    </message>
    <message>
        <location filename="../ui/window/pairbar.cpp" line="58"/>
        <source>%1 (base)</source>
        <extracomment>a version in a picker, marked as the base the others are read against</extracomment>
        <translation>%1 (Basis)</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ProvenanceDialog</name>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="17"/>
        <source>Provenance of %1</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="27"/>
        <source>The Harbour Gazette</source>
        <translation>The Harbour Gazette</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="27"/>
        <source>The publication that ran this version</source>
        <translation>Die Publikation, die diese Fassung veröffentlicht hat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="28"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="28"/>
        <source>Where this version was published</source>
        <translation>Wo diese Fassung veröffentlicht wurde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="29"/>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="31"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="30"/>
        <source>When it was published (ISO 8601: a date, or a date and time)</source>
        <translation>Wann sie veröffentlicht wurde (ISO 8601: ein Datum oder ein Datum mit Uhrzeit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="32"/>
        <source>When this copy was taken (ISO 8601: a date, or a date and time)</source>
        <translation>Wann diese Kopie abgerufen wurde (ISO 8601: ein Datum oder ein Datum mit Uhrzeit)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="33"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="34"/>
        <source>Set the date retrieved to today</source>
        <translation>Das Abrufdatum auf heute setzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="52"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="53"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="54"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="55"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="56"/>
        <source>&amp;Retrieved:</source>
        <translation>&amp;Abgerufen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="89"/>
        <source>The URL is not valid.</source>
        <translation>Die URL ist ungültig.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="91"/>
        <source>The publication date is not an ISO 8601 date (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM).</source>
        <translation>Das Veröffentlichungsdatum ist kein ISO-8601-Datum (YYYY-MM-DD, oder mit Uhrzeit: YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/provenancedialog.cpp" line="94"/>
        <source>The date retrieved is not an ISO 8601 date (YYYY-MM-DD, or with a time: YYYY-MM-DDTHH:MM).</source>
        <translation>Das Abrufdatum ist kein ISO-8601-Datum (YYYY-MM-DD, oder mit Uhrzeit: YYYY-MM-DDTHH:MM).</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteGridModel</name>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="114"/>
        <location filename="../ui/family/familygridmodels.cpp" line="149"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="128"/>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="147"/>
        <source>only in copies: %1</source>
        <translation>nur in Kopien: %1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="153"/>
        <source>has it</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="153"/>
        <source>— not there</source>
        <translation>— fehlt</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="178"/>
        <source>Q%1</source>
        <translation>Z%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="179"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="182"/>
        <source>Quotation in the base</source>
        <translation>Zitat in der Basis</translation>
    </message>
    <message>
        <location filename="../ui/family/familygridmodels.cpp" line="184"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuoteTableModel</name>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="173"/>
        <source>unknown speaker</source>
        <translation>unbekannter Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="192"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="193"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="194"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="195"/>
        <source>Left quotation</source>
        <translation>Linkes Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="196"/>
        <source>Right quotation</source>
        <translation>Rechtes Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="197"/>
        <source>Wording kept</source>
        <translation>Wortlaut erhalten</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::QuotesPanel</name>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="34"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="35"/>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="36"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="37"/>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="38"/>
        <source>unquoted</source>
        <translation>kein Zitat</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="47"/>
        <source>Quoted word for word (case, quote style and punctuation aside).</source>
        <translation>Wortgetreu zitiert (abgesehen von Groß-/Kleinschreibung, Anführungszeichen und Zeichensetzung).</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="48"/>
        <source>Quoted with words changed.</source>
        <translation>Mit geänderten Wörtern zitiert.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="49"/>
        <source>Only the left version has this quotation.</source>
        <translation>Nur die linke Fassung enthält dieses Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="50"/>
        <source>Only the right version has this quotation.</source>
        <translation>Nur die rechte Fassung enthält dieses Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="52"/>
        <source>The words survive in the right version, but no longer as a quotation.</source>
        <translation>Die Wörter stehen noch in der rechten Fassung, aber nicht mehr als Zitat.</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="318"/>
        <source>Show quotations of status</source>
        <translation>Zitate mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="319"/>
        <source>All quotations</source>
        <translation>Alle Zitate</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="322"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="325"/>
        <source>Number of quotations shown</source>
        <translation>Anzahl der angezeigten Zitate</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="329"/>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="331"/>
        <source>Each quotation of either version, its speaker and what became of it</source>
        <translation>Jedes Zitat beider Fassungen, sein Sprecher und was daraus wurde</translation>
    </message>
    <message>
        <location filename="../ui/panels/quotespanel.cpp" line="394"/>
        <source>All quotations (%1)</source>
        <translation>Alle Zitate (%1)</translation>
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
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/quotespanel.cpp" line="434"/>
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
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ReloadBar</name>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="22"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="23"/>
        <source>Read the changed files again and compare anew</source>
        <translation>Die geänderten Dateien erneut einlesen und neu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="24"/>
        <source>&amp;Keep Shown Text</source>
        <translation>Angezeigten Text &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="25"/>
        <source>Go on with the text loaded before the change</source>
        <translation>Mit dem vor der Änderung geladenen Text weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/reloadbar.cpp" line="59"/>
        <source>“%1” changed on disk since it was opened.</source>
        <translation>„%1“ wurde seit dem Öffnen auf dem Datenträger geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/reloadbar.cpp" line="60"/>
        <source>%n open versions changed on disk since they were opened: %1.</source>
        <translation>
            <numerusform>%n geöffnete Fassung wurde seit dem Öffnen auf dem Datenträger geändert: %1.</numerusform>
            <numerusform>%n geöffnete Fassungen wurden seit dem Öffnen auf dem Datenträger geändert: %1.</numerusform>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="53"/>
        <source>Mark as &amp;Checked</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="54"/>
        <source>Mark as checked: verified, nothing to correct (Ctrl+K)</source>
        <translation>Als geprüft markieren: verifiziert, nichts zu korrigieren (Strg+K)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="55"/>
        <source>Mark as &amp;Disputed</source>
        <translation>Als s&amp;trittig markieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="56"/>
        <source>Mark as disputed: needs a correction or an answer (Ctrl+D)</source>
        <translation>Als strittig markieren: braucht eine Korrektur oder eine Antwort (Strg+D)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="57"/>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="58"/>
        <source>Write a note on the mark (Ctrl+Shift+N)</source>
        <translation>Eine Notiz zum Vermerk schreiben (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="59"/>
        <source>C&amp;lear Mark</source>
        <translation>Vermerk &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="60"/>
        <source>Remove the mark and its note (Ctrl+Shift+K)</source>
        <translation>Den Vermerk und seine Notiz entfernen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="220"/>
        <source>Note on change %1:</source>
        <translation>Notiz zu Änderung %1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="221"/>
        <source>Note on the %1 marked changes selected:</source>
        <translation>Notiz zu den %1 ausgewählten markierten Änderungen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="222"/>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="235"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/panels/reviewmarkscontroller.cpp" line="235"/>
        <source>Note on finding %1:</source>
        <translation>Notiz zu Befund %1:</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::Screenshot</name>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="76"/>
        <source>--panel takes one of: %1</source>
        <translation>--panel erwartet einen dieser Werte: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="80"/>
        <source>--screenshot needs an output file and two versions: recension --screenshot FILE.png LEFT RIGHT</source>
        <translation>--screenshot braucht eine Ausgabedatei und zwei Fassungen: recension --screenshot DATEI.png LINKS RECHTS</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="106"/>
        <source>the comparison did not finish</source>
        <translation>der Vergleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/window/screenshot.cpp" line="121"/>
        <source>the window could not be rendered as %1</source>
        <translation>das Fenster konnte nicht als %1 gerendert werden</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="23"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="24"/>
        <source>Ignore &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>Treat words that differ only in capitals as equal.</source>
        <translation>Wörter, die sich nur in der Groß-/Kleinschreibung unterscheiden, als gleich behandeln.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="26"/>
        <source>Ignore &amp;punctuation</source>
        <translation>&amp;Zeichensetzung ignorieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="27"/>
        <source>Do not report commas, dashes and quote styles.</source>
        <translation>Kommas, Gedankenstriche und Anführungszeichen nicht melden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="28"/>
        <source>Treat &amp;synonym swaps as unimportant</source>
        <translation>&amp;Synonymtausch als unwichtig behandeln</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="30"/>
        <source>A word swapped for a synonym counts as equal and is not listed as a change.</source>
        <translation>Ein gegen ein Synonym getauschtes Wort gilt als gleich und wird nicht als Änderung aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source>Follow the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>Colour-blind safe (blue and orange)</source>
        <translation>Für Farbenblinde geeignet (Blau und Orange)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="48"/>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="51"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Colour &amp;scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="71"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>&amp;Watch List</source>
        <translation>&amp;Beobachtungsliste</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::SideBySideView</name>
    <message>
        <location filename="../ui/view/sidebysidepaint.cpp" line="26"/>
        <source>Open two versions of an article to compare them: File ▸ Open, drag files here, or paste text copied from a browser.</source>
        <translation>Öffnen Sie zwei Fassungen eines Artikels, um sie zu vergleichen: Datei ▸ Öffnen, Dateien hierher ziehen oder aus einem Browser kopierten Text einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="33"/>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="34"/>
        <source>The left version, a connector strip and the right version; changes are marked in both columns.</source>
        <translation>Die linke Fassung, ein Verbindungsstreifen und die rechte Fassung; Änderungen sind in beiden Spalten markiert.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="549"/>
        <source>%1 severity, inside a quotation</source>
        <translation>Schweregrad %1, innerhalb eines Zitats</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideview.cpp" line="551"/>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="32"/>
        <source>Copy the text selected in a pane</source>
        <translation>Den in einem Bereich ausgewählten Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="36"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="39"/>
        <source>Select the whole text of the pane with the caret</source>
        <translation>Den ganzen Text des Bereichs mit der Schreibmarke auswählen</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="565"/>
        <source>Copy as &amp;Evidence</source>
        <translation>Als &amp;Beleg kopieren</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideinput.cpp" line="570"/>
        <source>Copy &amp;Paragraph</source>
        <translation>&amp;Absatz kopieren</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="37"/>
        <source>Set aside as page clutter (%1) · click to compare it</source>
        <extracomment>the label above a paragraph shown greyed in the view; %1 is what it was taken for</extracomment>
        <translation>Als Seiten-Beiwerk beiseitegelassen (%1) · zum Vergleichen klicken</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="108"/>
        <source>Taken for a %1 and left out of the comparison and its figures. Click to compare this paragraph after all.</source>
        <translation>Als %1 erkannt und vom Vergleich und seinen Kennzahlen ausgenommen. Klicken Sie, um diesen Absatz doch zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="133"/>
        <source>Compare Clutter &amp;After All</source>
        <translation>Seiten-Beiwerk doch &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="139"/>
        <source>%1, %2: %3</source>
        <extracomment>a paragraph set aside as clutter: side, kind, its opening words</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="140"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../ui/view/sidebysideaside.cpp" line="140"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::UserGuide</name>
    <message>
        <location filename="../ui/window/userguide.cpp" line="16"/>
        <source>Recension User Guide</source>
        <translation>Recension – Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="19"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="35"/>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <location filename="../ui/window/userguide.cpp" line="41"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::ViewAccessible</name>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="20"/>
        <source>nothing (a gap)</source>
        <translation>nichts (eine Lücke)</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="22"/>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="23"/>
        <source>paragraphs %1–%2</source>
        <translation>Absätze %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="94"/>
        <source>Left version: %1</source>
        <translation>Linke Fassung: %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="95"/>
        <source>Right version: %1</source>
        <translation>Rechte Fassung: %1</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="233"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="237"/>
        <location filename="../ui/view/viewaccessible.cpp" line="257"/>
        <source>Left: %1; right: %2</source>
        <translation>Links: %1; rechts: %2</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="244"/>
        <source>Change %1: %2, %3 severity</source>
        <translation>Änderung %1: %2, Schweregrad %3</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="248"/>
        <source>%1, inside a quotation</source>
        <translation>%1, innerhalb eines Zitats</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="253"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="255"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="311"/>
        <source>Connector: the rows side by side</source>
        <translation>Verbindungsstreifen: die Zeilen nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="312"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/view/viewaccessible.cpp" line="314"/>
        <source>Which passages of the two versions face each other, and how they differ.</source>
        <translation>Welche Passagen der beiden Fassungen einander gegenüberstehen und wie sie sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Recension::Ui::WatchListPage</name>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="21"/>
        <source>Names and terms your newsroom watches, one a line. A change that touches one is rated high and listed as a finding.</source>
        <translation>Namen und Begriffe, die Ihre Redaktion beobachtet, einer je Zeile. Eine Änderung daran wird hoch eingestuft und als Befund aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="26"/>
        <source>Watched terms, one a line</source>
        <translation>Beobachtete Begriffe, einer je Zeile</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="27"/>
        <source>Harbour Safety Board
Mayor Lindqvist
casualties</source>
        <translation>Hafensicherheitsbehörde
Bürgermeisterin Lindqvist
Todesopfer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="30"/>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="31"/>
        <source>C&amp;lear</source>
        <translation>L&amp;eeren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="34"/>
        <source>Watch list status</source>
        <translation>Status der Beobachtungsliste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="38"/>
        <source>Load Watch List</source>
        <translation>Beobachtungsliste laden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="38"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/watchlistpage.cpp" line="98"/>
        <source>Loaded %n term(s) from %1.</source>
        <translation>
            <numerusform>%n Begriff aus %1 geladen.</numerusform>
            <numerusform>%n Begriffe aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/watchlistpage.cpp" line="111"/>
        <source>No term is watched.</source>
        <translation>Kein Begriff wird beobachtet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/watchlistpage.cpp" line="112"/>
        <source>%n term(s) watched.</source>
        <translation>
            <numerusform>%n Begriff beobachtet.</numerusform>
            <numerusform>%n Begriffe beobachtet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recension::WatchListReader</name>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="63"/>
        <source>%1: the term “%2…” is longer than %3 characters: a watch list holds one name or term a line.</source>
        <translation>%1: Der Begriff „%2…“ ist länger als %3 Zeichen: Eine Beobachtungsliste enthält einen Namen oder Begriff je Zeile.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="67"/>
        <source>%1: the term “%2” has no letter or digit to look for.</source>
        <translation>%1: Der Begriff „%2“ enthält keinen Buchstaben und keine Ziffer, nach denen gesucht werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="72"/>
        <source>%1 holds no terms: write one name or term a line.</source>
        <translation>%1 enthält keine Begriffe: Schreiben Sie einen Namen oder Begriff je Zeile.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="112"/>
        <source>Watch list “%1” cannot be read: there is no such file.</source>
        <translation>Die Beobachtungsliste „%1“ kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="114"/>
        <source>Watch list “%1” cannot be read: it is a folder, not a file.</source>
        <translation>Die Beobachtungsliste „%1“ kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="116"/>
        <location filename="../app/compare/watchlist.cpp" line="127"/>
        <source>Watch list “%1” is too large (more than 1 MiB): it should hold one name or term a line.</source>
        <translation>Die Beobachtungsliste „%1“ ist zu groß (über 1 MiB): Sie sollte einen Namen oder Begriff je Zeile enthalten.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="120"/>
        <source>Watch list “%1” cannot be read: %2</source>
        <translation>Die Beobachtungsliste „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="130"/>
        <source>Watch list “%1” is empty: write one name or term a line.</source>
        <translation>Die Beobachtungsliste „%1“ ist leer: Schreiben Sie einen Namen oder Begriff je Zeile.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="132"/>
        <source>Watch list “%1” is a binary file, not a list of terms.</source>
        <translation>Die Beobachtungsliste „%1“ ist eine Binärdatei, keine Begriffsliste.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="136"/>
        <source>Watch list “%1” is not UTF-8 text: save it as UTF-8.</source>
        <translation>Die Beobachtungsliste „%1“ ist kein UTF-8-Text: Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="140"/>
        <source>Watch list “%1”</source>
        <translation>Beobachtungsliste „%1“</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="154"/>
        <source>The watch list is too large (more than 1 MiB): it should hold one name or term a line.</source>
        <translation>Die Beobachtungsliste ist zu groß (über 1 MiB): Sie sollte einen Namen oder Begriff je Zeile enthalten.</translation>
    </message>
    <message>
        <location filename="../app/compare/watchlist.cpp" line="156"/>
        <source>The watch list</source>
        <translation>Die Beobachtungsliste</translation>
    </message>
</context>
<context>
    <name>Recension::Workspace</name>
    <message>
        <location filename="../app/workspace/workspacesession.cpp" line="66"/>
        <source>Pasted text %1</source>
        <extracomment>the name of a pasted version restored from a session</extracomment>
        <translation>Eingefügter Text %1</translation>
    </message>
</context>
<context>
    <name>Recension::ZipArchive</name>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="48"/>
        <source>its content would inflate past %1 (a compressed bomb, or a package too large to read)</source>
        <translation>sein Inhalt würde entpackt %1 überschreiten (eine Dekompressionsbombe oder ein zu großes Paket)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="76"/>
        <source>it is not a zip package</source>
        <translation>es ist kein ZIP-Paket</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="77"/>
        <source>its zip structure is damaged or cut short (%1)</source>
        <translation>seine ZIP-Struktur ist beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="85"/>
        <source>it holds %1 entries; the limit is %2</source>
        <translation>es enthält %1 Einträge; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="129"/>
        <source>its entry “%1” is missing</source>
        <translation>sein Eintrag „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="135"/>
        <source>its entry “%1” is damaged</source>
        <translation>sein Eintrag „%1“ ist beschädigt</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="139"/>
        <location filename="../app/document/ziparchive.cpp" line="154"/>
        <source>it is encrypted (protected by a password)</source>
        <translation>es ist verschlüsselt (durch ein Passwort geschützt)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="155"/>
        <source>its entry “%1” cannot be opened (%2)</source>
        <translation>sein Eintrag „%1“ kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="166"/>
        <source>its entry “%1” is damaged (%2)</source>
        <translation>sein Eintrag „%1“ ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="190"/>
        <source>The zip package cannot be written: %1</source>
        <translation>Das ZIP-Paket kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/document/ziparchive.cpp" line="244"/>
        <source>the package could not be read back from memory</source>
        <translation>das Paket konnte nicht aus dem Speicher zurückgelesen werden</translation>
    </message>
</context>
</TS>
