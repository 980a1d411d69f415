#include "text/wordlists.h"

#include "text/keys.h"

#include <QFile>
#include <QLocale>
#include <QMutex>

#include <map>
#include <memory>

namespace Recension {

namespace {

QString fileName(WordListKind kind)
{
    switch (kind) {
    case WordListKind::Negations: return QStringLiteral("negations");
    case WordListKind::Modals: return QStringLiteral("modals");
    case WordListKind::Qualifiers: return QStringLiteral("qualifiers");
    case WordListKind::StanceVerbs: return QStringLiteral("stance-verbs");
    case WordListKind::Institutions: return QStringLiteral("institutions");
    case WordListKind::Honorifics: return QStringLiteral("honorifics");
    case WordListKind::Demonyms: return QStringLiteral("demonyms");
    case WordListKind::Antonyms: return QStringLiteral("antonyms");
    case WordListKind::Contractions: return QStringLiteral("contractions");
    case WordListKind::LightWords: return QStringLiteral("light-words");
    case WordListKind::Volatile: return QStringLiteral("volatile-modifiers");
    case WordListKind::Synonyms: return QStringLiteral("synonyms");
    case WordListKind::FunctionWords: return QStringLiteral("function-words");
    case WordListKind::FunctionSynonyms: return QStringLiteral("function-synonyms");
    case WordListKind::NumberWords: return QStringLiteral("number-words");
    case WordListKind::SpeechVerbs: return QStringLiteral("speech-verbs");
    case WordListKind::ListenerVerbs: return QStringLiteral("listener-verbs");
    case WordListKind::Pronouns: return QStringLiteral("pronouns");
    case WordListKind::Determiners: return QStringLiteral("determiners");
    case WordListKind::Adverbials: return QStringLiteral("adverbials");
    case WordListKind::Connectives: return QStringLiteral("connectives");
    case WordListKind::DocumentNouns: return QStringLiteral("document-nouns");
    case WordListKind::NotNames: return QStringLiteral("not-names");
    case WordListKind::Bodies: return QStringLiteral("bodies");
    case WordListKind::Months: return QStringLiteral("months");
    case WordListKind::Weekdays: return QStringLiteral("weekdays");
    case WordListKind::PersonTitles: return QStringLiteral("person-titles");
    }
    return QString();
}

QString primarySubtag(const QString &language)
{
    qsizetype end = 0;
    while (end < language.size() && language[end] != u'-' && language[end] != u'_')
        ++end;
    return language.left(end).toLower();
}

/// An entry as the comparison keys of its words, joined by single spaces.
QString entryKey(const QString &entry)
{
    QStringList words;
    for (const QString &word : entry.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << comparisonKey(word);
    return words.join(QLatin1Char(' '));
}

} // namespace

WordList WordList::parse(const QString &text)
{
    WordList list;
    int group = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        QStringList members;
        for (const QString &entry : line.split(QLatin1Char('|'))) {
            const QString key = entryKey(entry.simplified());
            if (key.isEmpty() || list.m_groups.contains(StringKey{key}))
                continue;
            list.m_groups.insert(StringKey{key}, group);
            list.m_firstWords.insert(StringKey{key.left(key.indexOf(QLatin1Char(' ')))});
            members << key;
            list.m_longest = std::max(list.m_longest, int(key.count(QLatin1Char(' ')) + 1));
        }
        if (!members.isEmpty())
            list.m_members.insert(group++, members);
    }
    return list;
}

QSet<QString> WordList::keys() const
{
    QSet<QString> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        out.insert(it.key().text);
    return out;
}

const WordList &wordList(WordListKind kind, const QString &language)
{
    static QMutex mutex;
    // Never destroyed: handed out by reference to every thread for the process's life.
    static auto &lists = *new std::map<QString, std::unique_ptr<WordList>>;
    const QString path = QStringLiteral(":/lang/%1/%2.txt").arg(primarySubtag(language), fileName(kind));
    const QMutexLocker lock(&mutex);
    auto it = lists.find(path);
    if (it == lists.end()) {
        auto list = std::make_unique<WordList>();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            *list = WordList::parse(QString::fromUtf8(file.readAll()));
        it = lists.emplace(path, std::move(list)).first;
    }
    return *it->second;
}

} // namespace Recension

namespace Recension {

const QHash<QString, double> &numberWords(const QString &language)
{
    static QMutex mutex;
    // Never destroyed: handed out by reference to every thread for the process's life.
    static auto &values = *new std::map<QString, std::unique_ptr<QHash<QString, double>>>;
    const QString primary = primarySubtag(language);
    const QMutexLocker lock(&mutex);
    auto it = values.find(primary);
    if (it == values.end()) {
        auto words = std::make_unique<QHash<QString, double>>();
        const WordList &list = wordList(WordListKind::NumberWords, primary);
        // A group is a value in digits, then its words; a group without one is skipped.
        for (int group = 0; !list.members(group).isEmpty(); ++group) {
            const QStringList members = list.members(group);
            bool ok = false;
            const double value = QLocale::c().toDouble(members.first(), &ok);
            for (int m = 1; ok && m < members.size(); ++m)
                words->insert(members[m], value);
        }
        it = values.emplace(primary, std::move(words)).first;
    }
    return *it->second;
}

} // namespace Recension
