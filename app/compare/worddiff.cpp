#include "compare/worddiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace Recension {

namespace {

/// Longest equal island (in tokens) that is folded into the changes on either side of it.
constexpr int kFoldLength = 2;

} // namespace

PassageDiff diffPassage(const std::array<const AnalysedDocument *, 2> &documents, const Link &link,
                        bool ignorePunctuation, const QSet<quint32> &functionWords)
{
    PassageDiff diff;
    std::array<std::vector<quint32>, 2> keys;
    const auto compared = [ignorePunctuation](const Token &token) {
        return token.kind != TokenKind::Space
            && !(ignorePunctuation && token.kind == TokenKind::Punctuation);
    };
    for (int side = 0; side < 2; ++side) {
        // Sized exactly: the audits keep every passage's diff for the whole comparison.
        qsizetype count = 0;
        for (int p : link.paragraphs[side])
            for (const Token &token : documents[side]->paragraphs[p].tokens)
                count += compared(token) ? 1 : 0;
        diff.sequence[side].reserve(count);
        keys[side].reserve(size_t(count));
        for (int p : link.paragraphs[side]) {
            const QVector<Token> &tokens = documents[side]->paragraphs[p].tokens;
            for (int t = 0; t < tokens.size(); ++t) {
                const Token &token = tokens[t];
                if (!compared(token))
                    continue;
                diff.sequence[side].append(PassageToken{p, t});
                keys[side].push_back(token.key);
            }
        }
    }

    // Passages are bounded (one aligned link), so dtl always sees a short problem. No
    // onHuge(): all it does is reserve room for dtl's 2,000,000-coordinate cap (48 MB) up
    // front, which a short passage pays for in page faults.
    dtl::Diff<quint32, std::vector<quint32>> engine(keys[Left], keys[Right]);
    engine.compose();
    QVector<Hunk> raw;
    bool open = false;
    int li = 0, ri = 0; // 0-based positions reached in each sequence
    for (const auto &entry : engine.getSes().getSequence()) {
        const dtl::edit_t type = entry.second.type;
        if (type == dtl::SES_COMMON) {
            open = false;
            diff.common.append({int(entry.second.beforeIdx - 1), int(entry.second.afterIdx - 1)});
            li = int(entry.second.beforeIdx);
            ri = int(entry.second.afterIdx);
            continue;
        }
        if (!open) {
            raw.append(Hunk{{{li, ri}}, {{li, ri}}});
            open = true;
        }
        Hunk &hunk = raw.last();
        if (type == dtl::SES_DELETE) {
            li = int(entry.second.beforeIdx);
            hunk.end[Left] = li;
        } else {
            ri = int(entry.second.afterIdx);
            hunk.end[Right] = ri;
        }
    }

    auto foldable = [&](int leftIndex) {
        const PassageToken &pt = diff.sequence[Left][leftIndex];
        const Token &token = documents[Left]->paragraphs[pt.paragraph].tokens[pt.token];
        return token.kind == TokenKind::Punctuation || functionWords.contains(token.key);
    };
    for (const Hunk &hunk : raw) {
        if (!diff.hunks.isEmpty()) {
            Hunk &previous = diff.hunks.last();
            const int gap = hunk.begin[Left] - previous.end[Left];
            // Only two replacements fold: a deletion beside a replacement stays apart, or
            // "when the gates were shut, and 14 -> and 41" would hide the number change.
            const bool replacements = !previous.isEmpty(Left) && !previous.isEmpty(Right)
                && !hunk.isEmpty(Left) && !hunk.isEmpty(Right);
            bool fold = replacements && gap <= kFoldLength
                && gap == hunk.begin[Right] - previous.end[Right];
            for (int k = previous.end[Left]; fold && k < hunk.begin[Left]; ++k)
                fold = foldable(k);
            if (fold) {
                previous.end = hunk.end;
                continue;
            }
        }
        diff.hunks.append(hunk);
    }
    if (diff.common.capacity() > diff.common.size())
        diff.common.squeeze();
    if (diff.hunks.capacity() > diff.hunks.size())
        diff.hunks.squeeze();
    return diff;
}

} // namespace Recension
