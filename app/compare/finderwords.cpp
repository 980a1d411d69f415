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
    auto words = std::make_unique<FinderWords>();
    words->speechVerbs = load(primary, "speech-verbs");
    words->listenerVerbs = load(primary, "listener-verbs");
    words->pronouns = load(primary, "pronouns");
    words->determiners = load(primary, "determiners");
    words->adverbials = load(primary, "adverbials");
    words->connectives = load(primary, "connectives");
    words->documentNouns = load(primary, "document-nouns");
    words->notNames = load(primary, "not-names");
    words->bodies = load(primary, "bodies");
    words->months = load(primary, "months");
    words->weekdays = load(primary, "weekdays");
    words->personTitles = load(primary, "person-titles");
    return *cache.emplace(primary, std::move(words)).first->second;
}

} // namespace Recension
