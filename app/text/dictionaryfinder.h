#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Recension {

/// Where the word lists of one language are; empty where there are none.
struct DictionaryFiles
{
    QString language;       ///< primary language subtag, lower case ("en")
    QString name;           ///< Hunspell dictionary name ("en_US")
    QString affixFile;      ///< Hunspell .aff
    QString wordFile;       ///< Hunspell .dic
    QString thesaurusIndex; ///< MyThes .idx
    QString thesaurusData;  ///< MyThes .dat
    QByteArray stemmer;     ///< Snowball algorithm ("en"), empty when Snowball lacks it

    /// @brief One string naming all the files: equal strings share one Lexicon.
    QString identity() const;
};

/// @brief Finds the Hunspell, MyThes and Snowball data that best fit a language.
class DictionaryFinder final
{
    Q_DECLARE_TR_FUNCTIONS(Recension::DictionaryFinder)
public:
    /// @brief Exact region first ("en_GB"), then the language's usual one (QLocale's
    /// likely region: "en" -> "en_US"), then the bare language, then any region of it.
    /// A `language` that is not a language tag (see tagProblem) finds nothing, so no
    /// path smuggled in as a language opens a file outside the dictionary folders.
    static DictionaryFiles find(const QString &language);

    /// @brief Empty when `language` is a language tag in the BCP 47 shape (a primary
    /// subtag of 2-8 letters, then subtags of 1-8 letters or digits after '-' or '_', 35
    /// characters at most: "en", "en-GB", "pt_BR", "zh-Hant-TW"); else a translated reason.
    static QString tagProblem(const QString &language);

    /// @brief Folders searched for Hunspell dictionaries: $DICPATH first, then the system's.
    static QStringList hunspellFolders();
    /// @brief Folders searched for MyThes thesauri.
    static QStringList thesaurusFolders();
};

} // namespace Recension
