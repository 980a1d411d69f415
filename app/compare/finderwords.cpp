#include "compare/finderwords.h"

#include "text/keys.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <map>
#include <memory>

namespace Recension {

namespace {

QSet<QString> load(const QString &language, const char *kind)
{
    QSet<QString> words;
    QFile file(QStringLiteral(":/lang/%1/%2.words").arg(language, QLatin1String(kind)));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        for (const QString &word : line.split(space, Qt::SkipEmptyParts))
            words.insert(comparisonKey(word));
    }
    return words;
}

} // namespace

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
    static const std::pair<QSet<QString> FinderWords::*, const char *> files[] = {
        { &FinderWords::speechVerbs, "speech-verbs" },
        { &FinderWords::listenerVerbs, "listener-verbs" },
        { &FinderWords::pronouns, "pronouns" },
        { &FinderWords::determiners, "determiners" },
        { &FinderWords::adverbials, "adverbials" },
        { &FinderWords::connectives, "connectives" },
        { &FinderWords::documentNouns, "document-nouns" },
        { &FinderWords::notNames, "not-names" },
        { &FinderWords::bodies, "bodies" },
        { &FinderWords::months, "months" },
        { &FinderWords::weekdays, "weekdays" },
        { &FinderWords::personTitles, "person-titles" },
    };
    auto words = std::make_unique<FinderWords>();
    for (const auto &[member, kind] : files)
        (*words).*member = load(primary, kind);
    return *cache.emplace(primary, std::move(words)).first->second;
}

} // namespace Recension
