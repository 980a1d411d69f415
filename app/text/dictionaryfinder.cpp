#include "text/dictionaryfinder.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <libstemmer.h>

namespace Recension {

namespace {

/// "en-us" -> ("en", "US"); the region is empty when the tag has none.
std::pair<QString, QString> splitTag(const QString &language)
{
    const QStringList parts = QString(language).replace(u'-', u'_').split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {QStringLiteral("en"), QString()};
    const QString lang = parts.first().toLower();
    for (int i = 1; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.size() == 2 || (part.size() == 3 && part.at(0).isDigit()))
            return {lang, part.toUpper()};
    }
    return {lang, QString()};
}

/// Dictionary names to try, best first.
QStringList candidateNames(const QString &language)
{
    const auto [lang, region] = splitTag(language);
    QStringList names;
    if (!region.isEmpty())
        names << lang + u'_' + region;
    const QLocale locale(lang);
    if (locale.language() != QLocale::C) {
        const QString likely = locale.name(); // "en_US", "de_DE", "pt_BR"
        if (likely.startsWith(lang + u'_'))
            names << likely;
    }
    names << lang;
    names.removeDuplicates();
    return names;
}

/// Any "<lang>_<REGION><suffix>" file in the folders, alphabetically first.
QString anyRegion(const QStringList &folders, const QString &prefix, const QString &lang,
                  const QString &suffix)
{
    for (const QString &folder : folders) {
        const QStringList pattern{prefix + lang + QLatin1String("_*") + suffix};
        const QStringList names = QDir(folder).entryList(pattern, QDir::Files, QDir::Name);
        if (!names.isEmpty())
            return folder + u'/' + names.first();
    }
    return {};
}

QByteArray stemmerFor(const QString &lang)
{
    // Snowball takes ISO 639 codes ("en", "de") as aliases of its algorithm names.
    const QByteArray name = lang.toLatin1();
    sb_stemmer *stemmer = sb_stemmer_new(name.constData(), "UTF_8");
    if (!stemmer)
        return {};
    sb_stemmer_delete(stemmer);
    return name;
}

} // namespace

QString DictionaryFinder::tagProblem(const QString &language)
{
    // RFC 5646 tags are at most 35 characters in practice (its section 4.4.1).
    constexpr int LongestTag = 35;
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$"));
    if (language.isEmpty())
        return tr("The language must not be empty.");
    if (language.size() > LongestTag)
        return tr("“%1” is not a language tag: it is longer than %2 characters.")
            .arg(language).arg(LongestTag);
    if (!shape.match(language).hasMatch())
        return tr("“%1” is not a language tag (such as en, en-GB or pt-BR): a tag is letters "
                  "and digits in parts joined by hyphens, never a path.").arg(language);
    return {};
}

QString DictionaryFiles::identity() const
{
    return language + u'|' + wordFile + u'|' + thesaurusData + u'|' + QString::fromLatin1(stemmer);
}

QStringList DictionaryFinder::hunspellFolders()
{
    QStringList folders = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell")
            << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

QStringList DictionaryFinder::thesaurusFolders()
{
    QStringList folders = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/mythes") << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}

DictionaryFiles DictionaryFinder::find(const QString &language)
{
    DictionaryFiles files;
    if (!tagProblem(language).isEmpty())
        return files;
    const QString lang = splitTag(language).first;
    files.language = lang;
    const QStringList names = candidateNames(language);

    const QStringList hunspell = hunspellFolders();
    for (const QString &name : names) {
        for (const QString &folder : hunspell) {
            const QString base = folder + u'/' + name;
            if (QFileInfo::exists(base + QLatin1String(".aff")) && QFileInfo::exists(base + QLatin1String(".dic"))) {
                files.name = name;
                files.affixFile = base + QLatin1String(".aff");
                files.wordFile = base + QLatin1String(".dic");
                break;
            }
        }
        if (!files.wordFile.isEmpty())
            break;
    }
    if (files.wordFile.isEmpty()) {
        const QString dic = anyRegion(hunspell, QString(), lang, QStringLiteral(".dic"));
        const QString aff = dic.left(dic.size() - 4) + QLatin1String(".aff");
        if (!dic.isEmpty() && QFileInfo::exists(aff)) {
            files.name = QFileInfo(dic).completeBaseName();
            files.affixFile = aff;
            files.wordFile = dic;
        }
    }

    const QStringList mythes = thesaurusFolders();
    for (const QString &name : names) {
        for (const QString &folder : mythes) {
            for (const QString &suffix : {QStringLiteral("_v2"), QString()}) {
                const QString base = folder + QLatin1String("/th_") + name + suffix;
                if (QFileInfo::exists(base + QLatin1String(".idx")) && QFileInfo::exists(base + QLatin1String(".dat"))) {
                    files.thesaurusIndex = base + QLatin1String(".idx");
                    files.thesaurusData = base + QLatin1String(".dat");
                    break;
                }
            }
            if (!files.thesaurusData.isEmpty())
                break;
        }
        if (!files.thesaurusData.isEmpty())
            break;
    }
    if (files.thesaurusData.isEmpty()) {
        const QString idx = anyRegion(mythes, QStringLiteral("th_"), lang, QStringLiteral(".idx"));
        const QString dat = idx.left(idx.size() - 4) + QLatin1String(".dat");
        if (!idx.isEmpty() && QFileInfo::exists(dat)) {
            files.thesaurusIndex = idx;
            files.thesaurusData = dat;
        }
    }

    files.stemmer = stemmerFor(lang);
    return files;
}

} // namespace Recension
