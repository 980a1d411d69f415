#pragma once

#include "text/analysedtext.h"
#include "text/keytable.h"

#include <QString>

namespace Recension {

/// @brief Segments a document into tokens and sentences, keys them and finds its quotations.
class TextAnalyser final
{
public:
    explicit TextAnalyser(KeyTable &keys);

    /// @brief Analyses every paragraph of a document in `language` (the document's own
    /// language when empty). Thread-safe: both documents are analysed at once.
    AnalysedDocument analyse(const DocumentPtr &document, const QString &language) const;

    /// @brief One paragraph's tokens (keyed), sentence starts and word count.
    AnalysedParagraph analyseParagraph(const QString &text, const QString &language) const;

private:
    KeyTable &m_keys;
};

} // namespace Recension
