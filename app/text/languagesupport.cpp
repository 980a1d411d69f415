#include "text/languagesupport.h"

#include "text/dictionaryfinder.h"

#include <QCoreApplication>
#include <QLocale>

namespace Recension {

/// Gives the language messages their translation context.
class LanguageSupport final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::LanguageSupport)
};

namespace {

QString primary(const QString &tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

QString languageName(const QString &tag)
{
    const QLocale locale(tag);
    return locale.language() == QLocale::C
        ? tag
        : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), tag);
}

/// Debian's package names for the languages whose packages the project lists.
QString hunspellPackage(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("hunspell-en-us");
    if (language == QLatin1String("de"))
        return QStringLiteral("hunspell-de-de");
    return QStringLiteral("hunspell-") + language;
}

QString mythesPackage(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("mythes-en-us")
                                           : QStringLiteral("mythes-") + language;
}

} // namespace

bool sameLanguage(const QString &a, const QString &b)
{
    return primary(a) == primary(b);
}

QStringList dictionaryWarnings(const QString &language)
{
    const DictionaryFiles files = DictionaryFinder::find(language);
    const QString lang = primary(language);
    QStringList warnings;
    if (files.wordFile.isEmpty()) {
        warnings << LanguageSupport::tr("No spelling dictionary for %1 is installed: word forms "
                                        "and spelling go unchecked (Debian package %2).")
                        .arg(languageName(language), hunspellPackage(lang));
    }
    if (files.thesaurusData.isEmpty()) {
        warnings << LanguageSupport::tr("No thesaurus for %1 is installed: no synonym will be "
                                        "found (Debian package %2).")
                        .arg(languageName(language), mythesPackage(lang));
    }
    return warnings;
}

QString crossLanguageNotice(const QString &left, const QString &right)
{
    if (sameLanguage(left, right))
        return {};
    return LanguageSupport::tr("The versions are in different languages (%1 and %2): each is "
                               "read with its own dictionaries, and no synonym is claimed "
                               "across them.")
        .arg(languageName(left), languageName(right));
}

} // namespace Recension
