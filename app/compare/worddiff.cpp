#include "compare/worddiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace Recension {

namespace {

/// Longest equal island (in tokens) that is folded into the changes on either side of it.
constexpr int kFoldLength = 2;

/// dtl's cost is the passage's length times its edit distance: quadratic when the two sides
/// share little (a million random one-letter lines cut into 600-word pieces). A passage
/// whose sides both hold at least kBlockedSide tokens and share fewer than
/// kDissimilarShare of their kShingle-token sequences is diffed in blocks of about
/// kBlockTokens a side instead, in order: linear cost, still a true edit script (every
/// common pair equal, in order), only no longer the shortest across the blocks' borders.
/// Edited text shares far more (a spun copy of a sample article half of them, against about
/// 6 % for random letters 'a' to 'j'), so its passages are diffed whole, as before.
constexpr int kBlockTokens = 50;
constexpr int kBlockedSide = 300;
constexpr int kShingle = 4;
constexpr double kDissimilarShare = 0.1;

using Keys = std::vector<quint32>;

/// The kShingle keys from `at` mixed into 64 bits (MurmurHash3's finaliser after each key):
/// two different runs collide about once in 2^64, which at worst decides the gate below.
quint64 shingleAt(const Keys &keys, size_t at)
{
    quint64 h = 0;
    for (size_t k = at; k < at + kShingle; ++k) {
        h ^= keys[k];
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
    }
    return h;
}

/// True when the sides are long and share few shingles: the left side's share of positions
/// whose shingle the right side also holds.
bool sharesLittle(const std::array<Keys, 2> &keys)
{
    if (std::min(keys[Left].size(), keys[Right].size()) < size_t(kBlockedSide))
        return false;
    std::vector<quint64> right;
    right.reserve(keys[Right].size());
    for (size_t i = 0; i + kShingle <= keys[Right].size(); ++i)
        right.push_back(shingleAt(keys[Right], i));
    std::sort(right.begin(), right.end());
    size_t shared = 0;
    const size_t positions = keys[Left].size() - kShingle + 1;
    for (size_t i = 0; i < positions; ++i)
        shared += std::binary_search(right.begin(), right.end(), shingleAt(keys[Left], i)) ? 1 : 0;
    return double(shared) < kDissimilarShare * double(positions);
}

/// True when under one token in ten is a distinct key: a handful of tokens repeated.
bool isRepetitive(const Keys &keys)
{
    Keys sorted(keys);
    std::sort(sorted.begin(), sorted.end());
    const auto distinct = std::unique(sorted.begin(), sorted.end()) - sorted.begin();
    return 10 * distinct < std::ptrdiff_t(keys.size());
}

/// One step of an edit script, with 1-based positions in the whole passage (0: absent).
struct Edit
{
    dtl::edit_t type = dtl::SES_COMMON;
    int left = 0;
    int right = 0;
};

/// Appends dtl's edit script of `left` against `right` to `script`, their positions
/// offset by `offset` (where the two lie in the passage).
void appendScript(const Keys &left, const Keys &right, std::array<size_t, 2> offset,
                  std::vector<Edit> *script)
{
    // Passages are bounded (one aligned link, or one block of it), so dtl always sees a
    // short problem. No onHuge(): all it does is reserve room for dtl's 2,000,000-coordinate
    // cap (48 MB) up front, which a short passage pays for in page faults.
    dtl::Diff<quint32, Keys> engine(left, right);
    engine.compose();
    for (const auto &entry : engine.getSes().getSequence()) {
        const dtl::elemInfo &info = entry.second;
        script->push_back(Edit{info.type, info.beforeIdx > 0 ? int(offset[Left] + info.beforeIdx) : 0,
                               info.afterIdx > 0 ? int(offset[Right] + info.afterIdx) : 0});
    }
}

} // namespace

PassageDiff diffPassage(const std::array<const AnalysedDocument *, 2> &documents, const Link &link,
                        bool ignorePunctuation, const QSet<quint32> &functionWords)
{
    PassageDiff diff;
    std::array<Keys, 2> keys;
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

    std::vector<Edit> script;
    diff.dissimilar = sharesLittle(keys);
    diff.repetitive = diff.dissimilar && isRepetitive(keys[Left]) && isRepetitive(keys[Right]);
    if (diff.dissimilar) {
        // Block b of each side is its b-th share of the side, so the blocks face each
        // other in proportion.
        const std::array<size_t, 2> size{{keys[Left].size(), keys[Right].size()}};
        const size_t blocks = (std::max(size[Left], size[Right]) + kBlockTokens - 1) / kBlockTokens;
        for (size_t b = 0; b < blocks; ++b) {
            std::array<size_t, 2> begin{}, end{};
            std::array<Keys, 2> block;
            for (int side = 0; side < 2; ++side) {
                begin[side] = size[side] * b / blocks;
                end[side] = size[side] * (b + 1) / blocks;
                block[side].assign(keys[side].begin() + std::ptrdiff_t(begin[side]),
                                   keys[side].begin() + std::ptrdiff_t(end[side]));
            }
            appendScript(block[Left], block[Right], begin, &script);
        }
    } else {
        appendScript(keys[Left], keys[Right], {{0, 0}}, &script);
    }
    QVector<Hunk> raw;
    bool open = false;
    int li = 0, ri = 0; // 0-based positions reached in each sequence
    for (const Edit &edit : script) {
        if (edit.type == dtl::SES_COMMON) {
            open = false;
            diff.common.append({edit.left - 1, edit.right - 1});
            li = edit.left;
            ri = edit.right;
            continue;
        }
        if (!open) {
            raw.append(Hunk{{{li, ri}}, {{li, ri}}});
            open = true;
        }
        Hunk &hunk = raw.last();
        if (edit.type == dtl::SES_DELETE) {
            li = edit.left;
            hunk.end[Left] = li;
        } else {
            ri = edit.right;
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
