#pragma once

#include <QByteArray>
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
public:
    /// @brief Exact region first ("en_GB"), then the language's usual one (QLocale's
    /// likely region: "en" -> "en_US"), then the bare language, then any region of it.
    static DictionaryFiles find(const QString &language);

    /// @brief Folders searched for Hunspell dictionaries: $DICPATH first, then the system's.
    static QStringList hunspellFolders();
    /// @brief Folders searched for MyThes thesauri.
    static QStringList thesaurusFolders();
};

} // namespace Recension
