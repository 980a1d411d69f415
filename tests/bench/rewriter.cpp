#include "rewriter.h"

#include <QJsonObject>

#include <algorithm>

namespace Recension::Bench {

namespace {

/// The benchmark's own small thesaurus: words of the sample articles and a plain
/// alternative, used both ways round.
constexpr const char *kSynonyms[][2] = {
    {"said", "stated"}, {"closed", "shut"}, {"damage", "harm"}, {"inspect", "examine"},
    {"began", "started"}, {"help", "assistance"}, {"promised", "pledged"}, {"reported", "noted"},
    {"remained", "stayed"}, {"strong", "powerful"}, {"arrived", "came"}, {"shortly", "soon"},
    {"roughly", "about"}, {"told", "instructed"}, {"vessels", "boats"}, {"families", "households"},
    {"workers", "employees"}, {"town", "city"}, {"people", "residents"}, {"quick", "rapid"},
    {"serious", "severe"}, {"expected", "anticipated"}, {"warned", "cautioned"},
    {"repairs", "fixes"}, {"reopen", "resume"}, {"delay", "postponement"}, {"asked", "requested"},
    {"visited", "toured"}, {"decided", "chose"}, {"finally", "eventually"}, {"almost", "nearly"},
    {"although", "though"}, {"because", "since"}, {"during", "throughout"},
    {"immediately", "at once"}, {"unlikely", "improbable"}, {"careful", "cautious"},
    {"anxious", "worried"}, {"praised", "commended"}, {"rely", "depend"}, {"lose", "miss"},
    {"keep", "maintain"}, {"supply", "provide"}, {"costs", "expenses"}, {"figures", "numbers"},
    {"nobody", "no one"}, {"every", "each"}, {"larger", "bigger"}, {"competition", "contest"},
    {"performance", "show"}, {"prize", "award"}, {"won", "gained"}, {"week", "seven days"},
    {"old", "former"}, {"first", "initial"}, {"never", "not once"}, {"described", "outlined"},
    {"stranded", "stuck"}, {"flooded", "swamped"}, {"safe", "secure"}, {"wait", "linger"},
    {"seen", "witnessed"}, {"began", "commenced"}, {"duty", "obligation"}, {"leave", "abandon"},
    {"release", "free"}, {"funds", "money"}, {"emergency", "urgent"}, {"shifts", "turns"},
    {"traffic", "movement"}, {"according", "attributed"}, {"wrote", "penned"},
    {"singers", "vocalists"}, {"village", "hamlet"}, {"title", "crown"}, {"judges", "jury"},
    {"teacher", "instructor"}, {"rehearsals", "practices"}, {"song", "tune"}, {"joy", "delight"}};

/// Function words a paraphrase drops now and then.
const QStringList &droppable()
{
    static const QStringList words{QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("that"),
                                   QStringLiteral("which"), QStringLiteral("of"), QStringLiteral("and")};
    return words;
}

/// Words a light edit adds now and then.
const QStringList &insertable()
{
    static const QStringList words{QStringLiteral("also"), QStringLiteral("now"),
                                   QStringLiteral("still"), QStringLiteral("then")};
    return words;
}

/// Phrases a paraphrase adds before the end of a sentence.
const QStringList &fillers()
{
    static const QStringList phrases{QStringLiteral("in fact"), QStringLiteral("at that time"),
                                     QStringLiteral("as it turned out"), QStringLiteral("by all accounts"),
                                     QStringLiteral("for the most part")};
    return phrases;
}

bool isWord(const QString &token)
{
    return !token.isEmpty() && token[0].isLetter();
}

bool isNumber(const QString &token)
{
    return !token.isEmpty() && token[0].isDigit();
}

QString withCaseOf(const QString &model, QString word)
{
    if (!model.isEmpty() && model[0].isUpper() && !word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

QString lowerFirst(QString word)
{
    // Only ordinary words lose their capital; invented names stay names.
    if (word.size() > 1 && word[0].isUpper() && word[1].isLower() && word.size() <= 4)
        word[0] = word[0].toLower();
    return word;
}

QJsonObject operation(const QString &op, const QVector<int> &left)
{
    QJsonArray array;
    for (int p : left)
        array.append(p);
    return {{QStringLiteral("op"), op}, {QStringLiteral("left"), array}};
}

} // namespace

QString toString(EditKind kind)
{
    switch (kind) {
    case EditKind::Light: return QStringLiteral("light");
    case EditKind::Heavy: return QStringLiteral("heavy");
    case EditKind::Restructured: return QStringLiteral("restructured");
    case EditKind::Spin: return QStringLiteral("spin");
    case EditKind::Translate: return QStringLiteral("translate");
    }
    return {};
}

Rewriter::Rewriter(const QStringList &sources, quint32 seed)
    : m_generator(sources, seed)
    , m_random(m_generator.random())
{
    for (const auto &pair : kSynonyms) {
        m_synonyms.insert(QString::fromLatin1(pair[0]), QString::fromLatin1(pair[1]));
        m_synonyms.insert(QString::fromLatin1(pair[1]), QString::fromLatin1(pair[0]));
        m_forward.insert(QString::fromLatin1(pair[0]), QString::fromLatin1(pair[1]));
    }
}

int Rewriter::randomWord(const Sentence &tokens, int minLength)
{
    QVector<int> candidates;
    for (int i = 1; i < tokens.size(); ++i)
        if (isWord(tokens[i]) && tokens[i].size() >= minLength)
            candidates.append(i);
    return candidates.isEmpty() ? -1 : candidates[int(m_random.bounded(candidates.size()))];
}

QString Rewriter::respelled(const QString &word) const
{
    // British to American spellings first, then a doubled letter made single.
    if (word.contains(QStringLiteral("our")))
        return QString(word).replace(QStringLiteral("our"), QStringLiteral("or"));
    if (word.endsWith(QStringLiteral("ise")))
        return word.chopped(3) + QStringLiteral("ize");
    for (int i = 1; i < word.size(); ++i)
        if (word[i] == word[i - 1])
            return word.left(i) + word.mid(i + 1);
    return word.left(word.size() - 2) + word.back() + word[word.size() - 2];
}

Sentence Rewriter::lightEdit(Sentence tokens)
{
    if (m_random.generateDouble() >= 0.3)
        return tokens;
    const double op = m_random.generateDouble();
    if (op < 0.4) {
        QVector<int> swappable;
        for (int i = 0; i < tokens.size(); ++i)
            if (m_synonyms.contains(tokens[i].toLower()))
                swappable.append(i);
        if (!swappable.isEmpty()) {
            const int i = swappable[int(m_random.bounded(swappable.size()))];
            tokens[i] = withCaseOf(tokens[i], m_synonyms.value(tokens[i].toLower()));
            return tokens;
        }
    }
    if (op < 0.6) {
        if (const int i = randomWord(tokens, 5); i >= 0)
            tokens[i] = respelled(tokens[i]);
    } else if (op < 0.75) {
        for (QString &token : tokens)
            if (isNumber(token)) {
                token = QString::number(m_random.bounded(1, 1000));
                return tokens;
            }
        tokens.insert(1, insertable()[int(m_random.bounded(insertable().size()))]);
    } else if (op < 0.9) {
        if (const int i = randomWord(tokens, 1); i >= 0 && tokens.size() > 4)
            tokens.removeAt(i);
    } else if (tokens.size() > 2) {
        const int at = 1 + int(m_random.bounded(tokens.size() - 2));
        tokens.insert(at, insertable()[int(m_random.bounded(insertable().size()))]);
    }
    return tokens;
}

Sentence Rewriter::paraphrase(Sentence tokens)
{
    Sentence out;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        const QString lower = token.toLower();
        const double r = m_random.generateDouble();
        if (m_synonyms.contains(lower) && r < 0.8)
            out.append(withCaseOf(token, m_synonyms.value(lower)));
        else if (i > 0 && droppable().contains(token) && r < 0.2)
            continue;
        else if (i > 0 && isWord(token) && token[0].isLower() && token.size() >= 4 && r < 0.25)
            out.append(m_generator.inventedWord(false));
        else
            out.append(token);
    }
    out = turnClauses(out);
    if (!out.contains(QStringLiteral("\u201C")) && out.size() > 3 && m_random.generateDouble() < 0.3) {
        out.insert(out.size() - 1, QStringLiteral(","));
        out.insert(out.size() - 1, fillers()[int(m_random.bounded(fillers().size()))]);
    }
    return out;
}

Sentence Rewriter::turnClauses(Sentence out)
{
    // Turn "A, B." round into "B, A." when the sentence holds no quotation.
    const int comma = int(out.indexOf(QStringLiteral(",")));
    const bool quoted = out.contains(QStringLiteral("\u201C"));
    if (!quoted && comma > 2 && comma < out.size() - 3 && m_random.generateDouble() < 0.4) {
        Sentence first = out.mid(0, comma);
        Sentence second = out.mid(comma + 1, out.size() - comma - 2);
        const QString end = out.last();
        first[0] = lowerFirst(first[0]);
        second[0] = withCaseOf(QStringLiteral("A"), second[0]);
        out = second + Sentence{QStringLiteral(",")} + first + Sentence{end};
    }
    return out;
}

Sentence Rewriter::spin(Sentence tokens)
{
    for (QString &token : tokens)
        if (m_forward.contains(token.toLower()) && m_random.generateDouble() < 0.6)
            token = withCaseOf(token, m_forward.value(token.toLower()));
    return tokens;
}

Sentence Rewriter::translate(Sentence tokens)
{
    Sentence out;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        const double r = m_random.generateDouble();
        if (m_forward.contains(token.toLower()) && r < 0.5)
            out.append(withCaseOf(token, m_forward.value(token.toLower())));
        else if (i > 0 && isWord(token) && token[0].isLower() && token.size() >= 4 && r < 0.2)
            out.append(m_generator.inventedWord(false));
        else
            out.append(token);
    }
    return turnClauses(out);
}

Rewrite Rewriter::rewrite(const QVector<GeneratedParagraph> &original, EditKind kind)
{
    QVector<GeneratedParagraph> edited;
    edited.reserve(original.size());
    for (const GeneratedParagraph &paragraph : original) {
        GeneratedParagraph copy;
        for (const Sentence &sentence : paragraph)
            copy.append(kind == EditKind::Heavy       ? paraphrase(sentence)
                        : kind == EditKind::Spin      ? spin(sentence)
                        : kind == EditKind::Translate ? translate(sentence)
                                                      : lightEdit(sentence));
        edited.append(copy);
    }
    if (kind == EditKind::Restructured)
        return restructure(edited);
    return Rewrite{edited, Gold::identity(int(edited.size()))};
}

Rewrite Rewriter::restructure(const QVector<GeneratedParagraph> &edited)
{
    struct Item
    {
        GeneratedParagraph paragraph;
        QVector<int> left; ///< the left paragraphs it holds (empty: inserted)
    };
    const int n = int(edited.size());
    // The block that moves is chosen first and left alone by the other operations.
    const int blockStart = std::max(1, n * 3 / 10);
    const auto inBlock = [&](int p) { return p >= blockStart - 1 && p <= blockStart + 3; };
    QJsonArray operations;
    QVector<Item> items;
    items.append(Item{edited[0], {0}}); // the title stays as it is
    for (int p = 1; p < n; ++p) {
        const double r = inBlock(p) ? 1.0 : m_random.generateDouble();
        const GeneratedParagraph &paragraph = edited[p];
        if (r < 0.02) {
            operations.append(operation(QStringLiteral("delete"), {p}));
        } else if (r < 0.04 && paragraph.size() >= 2) {
            const int half = int(paragraph.size()) / 2;
            items.append(Item{paragraph.mid(0, half), {p}});
            items.append(Item{paragraph.mid(half), {p}});
            operations.append(operation(QStringLiteral("split"), {p}));
        } else if (r < 0.06 && p + 1 < n && !inBlock(p + 1)) {
            items.append(Item{paragraph + edited[p + 1], {p, p + 1}});
            operations.append(operation(QStringLiteral("merge"), {p, p + 1}));
            ++p;
        } else if (r < 0.08) {
            items.append(Item{paragraph, {p}});
            items.append(Item{m_generator.paragraph(), {}});
            operations.append(operation(QStringLiteral("insert"), {p}));
        } else {
            items.append(Item{paragraph, {p}});
        }
    }
    int from = 0;
    while (from < items.size() && (items[from].left.isEmpty() || items[from].left.first() < blockStart))
        ++from;
    if (from + 3 < items.size()) {
        const QVector<Item> block = items.mid(from, 3);
        items.remove(from, 3);
        const int to = std::max(from, int(items.size()) * 7 / 10);
        for (int k = 0; k < 3; ++k)
            items.insert(to + k, block[k]);
        operations.append(operation(QStringLiteral("move"), block[0].left + block[1].left + block[2].left));
    }

    Rewrite out;
    out.gold.leftParagraphs = n;
    out.gold.rightParagraphs = int(items.size());
    out.gold.alignment.resize(n);
    out.gold.operations = operations;
    for (int q = 0; q < items.size(); ++q) {
        out.paragraphs.append(items[q].paragraph);
        if (items[q].left.isEmpty())
            out.gold.rightOnly.append(q);
        for (int p : std::as_const(items[q].left))
            out.gold.alignment[p].append(q);
    }
    return out;
}

} // namespace Recension::Bench
