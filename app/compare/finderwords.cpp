#include "compare/finderwords.h"

#include "text/wordlists.h"

#include <QMutex>

#include <map>
#include <memory>

namespace Recension {

const FinderWords &finderWords(const QString &language)
{
    static QMutex mutex;
    // Never destroyed: handed out by reference to every thread for the process's life.
    static auto &cache = *new std::map<QString, std::unique_ptr<FinderWords>>;
    const QString primary = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    const QMutexLocker lock(&mutex);
    auto it = cache.find(primary);
    if (it != cache.end())
        return *it->second;
    static const std::pair<QSet<QString> FinderWords::*, WordListKind> lists[] = {
        { &FinderWords::speechVerbs, WordListKind::SpeechVerbs },
        { &FinderWords::listenerVerbs, WordListKind::ListenerVerbs },
        { &FinderWords::pronouns, WordListKind::Pronouns },
        { &FinderWords::determiners, WordListKind::Determiners },
        { &FinderWords::adverbials, WordListKind::Adverbials },
        { &FinderWords::connectives, WordListKind::Connectives },
        { &FinderWords::documentNouns, WordListKind::DocumentNouns },
        { &FinderWords::notNames, WordListKind::NotNames },
        { &FinderWords::bodies, WordListKind::Bodies },
        { &FinderWords::months, WordListKind::Months },
        { &FinderWords::weekdays, WordListKind::Weekdays },
        { &FinderWords::personTitles, WordListKind::PersonTitles },
    };
    auto words = std::make_unique<FinderWords>();
    for (const auto &[member, kind] : lists)
        (*words).*member = wordList(kind, primary).keys();
    return *cache.emplace(primary, std::move(words)).first->second;
}

} // namespace Recension
