#include "document/languagedetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace Recension {

/// Gives the detector's messages their translation context.
class LanguageDetector final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::LanguageDetector)
};

namespace {

constexpr int minimumWords = 20;
constexpr int sampleWords = 5000; // enough for a verdict; keeps a book cheap
constexpr double minimumShare = 0.12;
constexpr double minimumLead = 1.6;

/// Every language's profile, loaded once (the resources never change while running).
const std::map<QString, QSet<QString>> &profiles()
{
    static const std::map<QString, QSet<QString>> loaded = [] {
        std::map<QString, QSet<QString>> result;
        const QDir folder(QStringLiteral(":/lang"));
        for (const QString &language : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile file(folder.filePath(language + QStringLiteral("/language.profile")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QSet<QString> words;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (!line.trimmed().startsWith(u'#'))
                    for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                        words.insert(word.trimmed());
            }
            if (!words.isEmpty())
                result.emplace(language, std::move(words));
        }
        return result;
    }();
    return loaded;
}

QString primary(const QString &tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

QString languageName(const QString &tag)
{
    const QLocale locale(tag);
    return locale.language() == QLocale::C ? tag : QLocale::languageToString(locale.language());
}

} // namespace

QStringList detectableLanguages()
{
    QStringList languages;
    for (const auto &entry : profiles())
        languages << entry.first;
    return languages;
}

LanguageGuess detectLanguage(const QVector<Paragraph> &paragraphs)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}+"),
        QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> hits;
    int total = 0;
    for (const Paragraph &paragraph : paragraphs) {
        auto it = word.globalMatch(paragraph.text);
        while (it.hasNext() && total < sampleWords) {
            const QString text = it.next().captured().toLower();
            ++total;
            for (const auto &[language, words] : profiles()) {
                if (words.contains(text))
                    ++hits[language];
            }
        }
        if (total >= sampleWords)
            break;
    }
    LanguageGuess guess;
    if (total < minimumWords)
        return guess;
    QString best;
    double bestShare = 0;
    double second = 0;
    for (const auto &entry : profiles()) {
        const QString &language = entry.first;
        const double share = double(hits.value(language)) / total;
        if (share > bestShare) {
            second = std::max(second, bestShare);
            best = language;
            bestShare = share;
        } else {
            second = std::max(second, share);
        }
    }
    guess.share = bestShare;
    guess.runnerUp = second;
    if (bestShare >= minimumShare && bestShare >= minimumLead * second)
        guess.language = best;
    return guess;
}

void settleLanguage(Document &document, const QString &requested)
{
    const QString asked = requested.isEmpty() ? QStringLiteral("en") : requested;
    document.language = asked;
    const LanguageGuess guess = detectLanguage(document.paragraphs);
    if (guess.language.isEmpty() || guess.language == primary(asked))
        return;
    if (asked == QLatin1String("en")) {
        document.language = guess.language;
        return;
    }
    document.warnings << LanguageDetector::tr("“%1” reads as %2 (%3) but is compared as %4, as "
                                              "asked.")
                             .arg(document.path, languageName(guess.language), guess.language,
                                 languageName(asked));
}

} // namespace Recension
