#include "text/inflections.h"

#include "text/stringkey.h"

#include <QHash>

#include <iterator>

namespace Recension {

namespace {

// English irregular verbs and nouns common in news. Each row: the dictionary form, then
// its irregular forms. Forms that are mostly other words ("lay", "bound", "wound",
// "ground", "dove") are left out.
const char *const englishIrregulars[] = {
    "be was were been is are am",   "have has had",        "do did done does",
    "say said",                     "tell told",           "go went gone goes",
    "get got gotten",               "make made",           "take took taken",
    "come came",                    "see saw seen",        "know knew known",
    "give gave given",              "find found",          "think thought",
    "leave left",                   "feel felt",           "bring brought",
    "begin began begun",            "keep kept",           "hold held",
    "write wrote written",          "stand stood",         "hear heard",
    "mean meant",                   "meet met",            "run ran",
    "pay paid",                     "sit sat",             "speak spoke spoken",
    "lead led",                     "grow grew grown",     "lose lost",
    "fall fell fallen",             "send sent",           "build built",
    "understand understood",        "draw drew drawn",     "break broke broken",
    "spend spent",                  "rise rose risen",     "drive drove driven",
    "buy bought",                   "wear wore worn",      "choose chose chosen",
    "seek sought",                  "throw threw thrown",  "catch caught",
    "deal dealt",                   "win won",             "fight fought",
    "teach taught",                 "eat ate eaten",       "forget forgot forgotten",
    "sell sold",                    "fly flew flown",      "steal stole stolen",
    "strike struck stricken",       "shake shook shaken",  "swear swore sworn",
    "flee fled",                    "freeze froze frozen", "hide hid hidden",
    "ride rode ridden",             "sing sang sung",      "sink sank sunk",
    "shoot shot",                   "bear bore borne",     "beat beaten",
    "bite bit bitten",              "blow blew blown",     "feed fed",
    "forbid forbade forbidden",     "forgive forgave forgiven", "lie lain",
    "light lit",                    "prove proven",        "shine shone",
    "slide slid",                   "spin spun",           "stick stuck",
    "sting stung",                  "swing swung",         "tear tore torn",
    "wake woke woken",              "weave wove woven",    "weep wept",
    "withdraw withdrew withdrawn",  "undertake undertook undertaken",
    "overcome overcame",            "arise arose arisen",  "bend bent",
    "breed bred",                   "cling clung",         "creep crept",
    "dig dug",                      "drink drank drunk",   "hang hung",
    "kneel knelt",                  "lend lent",           "leap leapt",
    "mistake mistook mistaken",     "overtake overtook overtaken",
    "ring rang rung",               "shrink shrank shrunk", "slay slew slain",
    "speed sped",                   "spit spat",           "stride strode",
    "strive strove striven",        "swim swam swum",      "sweep swept",
    "tread trod trodden",           "uphold upheld",       "withhold withheld",
    "foresee foresaw foreseen",     "oversee oversaw overseen", "mislead misled",
    "rebuild rebuilt",              "overthrow overthrew overthrown",
    "forecast forecast",            "undergo underwent undergone",
    "man men",                      "woman women",         "child children",
    "mouse mice",                   "foot feet",           "tooth teeth",
    "goose geese",                  "life lives",          "wife wives",
    "knife knives",                 "leaf leaves",         "half halves",
    "crisis crises",                "analysis analyses",   "thesis theses",
    "phenomenon phenomena",         "criterion criteria",
};

QHash<StringKey, QStringList> buildTable(const char *const *rows, int count)
{
    QHash<StringKey, QStringList> table;
    for (int r = 0; r < count; ++r) {
        const QStringList words = QString::fromLatin1(rows[r]).split(u' ', Qt::SkipEmptyParts);
        for (int w = 1; w < words.size(); ++w)
            if (words[w] != words[0] && !table[StringKey{words[w]}].contains(words[0]))
                table[StringKey{words[w]}].append(words[0]);
    }
    return table;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

/// "stopp" -> "stop": the doubled final consonant of "stopped", "running".
bool endsDoubled(QStringView stem)
{
    const qsizetype n = stem.size();
    return n >= 3 && stem.at(n - 1) == stem.at(n - 2) && !isVowel(stem.at(n - 1))
        && stem.at(n - 1) != u's' && stem.at(n - 1) != u'l';
}

QStringList englishCandidates(const QString &original)
{
    QStringList candidates;
    auto add = [&](QStringView stem, const char *ending = "") {
        const QString candidate = stem.toString() + QLatin1String(ending);
        if (candidate.size() >= 3 && candidate != original && !candidates.contains(candidate))
            candidates << candidate;
    };
    QString word = original;
    if (word.endsWith(QLatin1String("'s"))) {
        word.chop(2);
        add(word);
    } else if (word.endsWith(u'\'')) {
        word.chop(1);
        add(word);
    }
    // Plural-looking words that are not plurals.
    static const QStringList keep = {
        QStringLiteral("news"), QStringLiteral("means"), QStringLiteral("series"),
        QStringLiteral("species"), QStringLiteral("headquarters"), QStringLiteral("always"),
        QStringLiteral("perhaps"), QStringLiteral("towards"), QStringLiteral("whereabouts"),
        QStringLiteral("politics"), QStringLiteral("economics"), QStringLiteral("physics")};
    if (word.size() < 4 || keep.contains(word))
        return candidates;
    const QStringView w(word);
    const qsizetype n = w.size();
    if (w.endsWith(u"ies") || w.endsWith(u"ied") || w.endsWith(u"ier")) {
        add(w.left(n - 3), "y");
    } else if (w.endsWith(u"es")) {
        add(w.left(n - 1));
        add(w.left(n - 2));
    } else if (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is")) {
        add(w.left(n - 1));
    } else if (w.endsWith(u"ed") && n >= 5) {
        if (endsDoubled(w.left(n - 2)))
            add(w.left(n - 3));
        if (n - 1 >= 4)
            add(w.left(n - 1)); // "closed" -> "close"
        add(w.left(n - 2));
    } else if (w.endsWith(u"ing") && n >= 6) {
        if (endsDoubled(w.left(n - 3)))
            add(w.left(n - 4));
        add(w.left(n - 3));
        add(w.left(n - 3), "e");
    } else if (w.endsWith(u"ily") && n >= 6) {
        add(w.left(n - 3), "y"); // "happily" -> "happy"
    } else if (w.endsWith(u"ly") && n >= 5) {
        add(w.left(n - 2)); // "closely" -> "close", "carefully" -> "careful"
    }
    return candidates;
}

} // namespace

QStringList irregularLemmas(const QString &word, const QString &language)
{
    if (language != u"en")
        return {};
    static const QHash<StringKey, QStringList> english =
        buildTable(englishIrregulars, int(std::size(englishIrregulars)));
    return english.value(StringKey{word});
}

bool hasSuffixRules(const QString &language)
{
    return language == u"en";
}

QStringList suffixCandidates(const QString &word, const QString &language)
{
    return hasSuffixRules(language) ? englishCandidates(word) : QStringList();
}

} // namespace Recension
