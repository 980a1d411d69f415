#pragma once

#include "gold.h"
#include "rewriter.h"
#include "textgenerator.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace Recension::Bench {

/// What was done to a version's parent to make it.
enum class FamilyEdit { Copy, Spin, Condense, Translate };

/// One generated version of a family and the truth about it.
struct FamilyMember
{
    QVector<GeneratedParagraph> paragraphs;
    QVector<QSet<int>> origins; ///< per paragraph: the base paragraphs (or new ids) it holds
    int parent = -1;            ///< -1 for the base
    FamilyEdit edit = FamilyEdit::Copy;
    QString verdict;            ///< the true verdict against the base, as the engine names it
    int depth = 0;
};

/// @brief A family of versions with a known tree, deterministic for a seed.
struct GeneratedFamily
{
    QVector<FamilyMember> members; ///< members[0] is the base

    /// @brief The true paragraph alignment of two members, in the corpus' gold format.
    Gold gold(int left, int right) const;
};

/// @brief Makes families from the project's own sample articles: copies (light edits), spun
/// copies (thesaurus swaps), condensed copies (paragraphs dropped and merged), translated
/// copies (reworded, names respelled), and copies of copies, depth up to four.
class FamilyGenerator final
{
public:
    FamilyGenerator(const QStringList &sources, quint32 seed);

    /// @brief A base of about `words` words and up to `versions` members in all.
    GeneratedFamily family(int words, int versions);

private:
    FamilyMember derive(const FamilyMember &parent, int parentIndex, FamilyEdit edit);
    QVector<GeneratedParagraph> respellNames(QVector<GeneratedParagraph> paragraphs);

    Rewriter m_rewriter;
    TextGenerator m_text;
    QRandomGenerator m_random;
    int m_nextOrigin = 1000000; ///< ids of paragraphs no base paragraph became
};

/// @brief The engine's name of a family edit's verdict ("syndicated", "spun", ...).
QString toString(FamilyEdit edit);

} // namespace Recension::Bench
