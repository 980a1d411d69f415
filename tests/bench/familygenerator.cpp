#include "familygenerator.h"

#include <QHash>

namespace Recension::Bench {

namespace {

constexpr int kMaxDepth = 4;
constexpr double kCondenseDrop = 0.3;
constexpr double kCondenseMerge = 0.1;

/// Against the base, the strongest edit on the path decides what the copy is.
int strength(const QString &verdict)
{
    static const QStringList order{QStringLiteral("syndicated"), QStringLiteral("spun"),
                                   QStringLiteral("condensed"), QStringLiteral("translated")};
    return int(order.indexOf(verdict));
}

} // namespace

QString toString(FamilyEdit edit)
{
    switch (edit) {
    case FamilyEdit::Copy: return QStringLiteral("syndicated");
    case FamilyEdit::Spin: return QStringLiteral("spun");
    case FamilyEdit::Condense: return QStringLiteral("condensed");
    case FamilyEdit::Translate: return QStringLiteral("translated");
    }
    return {};
}

Gold GeneratedFamily::gold(int left, int right) const
{
    const FamilyMember &a = members[left];
    const FamilyMember &b = members[right];
    Gold gold;
    gold.leftParagraphs = int(a.paragraphs.size());
    gold.rightParagraphs = int(b.paragraphs.size());
    gold.alignment.resize(gold.leftParagraphs);
    QVector<bool> matched(gold.rightParagraphs, false);
    for (int p = 0; p < gold.leftParagraphs; ++p)
        for (int q = 0; q < gold.rightParagraphs; ++q)
            if (a.origins[p].intersects(b.origins[q])) {
                gold.alignment[p].append(q);
                matched[q] = true;
            }
    for (int q = 0; q < gold.rightParagraphs; ++q)
        if (!matched[q])
            gold.rightOnly.append(q);
    return gold;
}

FamilyGenerator::FamilyGenerator(const QStringList &sources, quint32 seed)
    : m_rewriter(sources, seed)
    , m_text(sources, seed ^ 0x5eed)
    , m_random(seed)
{
}

QVector<GeneratedParagraph> FamilyGenerator::respellNames(QVector<GeneratedParagraph> paragraphs)
{
    // A translation spells each foreign name its own way, the same way every time.
    QHash<QString, QString> spelling;
    for (GeneratedParagraph &paragraph : paragraphs) {
        for (Sentence &sentence : paragraph) {
            for (int i = 1; i < sentence.size(); ++i) {
                QString &token = sentence[i];
                if (token.size() < 5 || !token[0].isUpper() || !token[1].isLower())
                    continue;
                if (!spelling.contains(token)) {
                    QString respelled = token;
                    if (m_random.generateDouble() < 0.6) {
                        const int at = 1 + int(m_random.bounded(token.size() - 2));
                        respelled.remove(at, 1);
                    }
                    spelling.insert(token, respelled);
                }
                token = spelling.value(token);
            }
        }
    }
    return paragraphs;
}

FamilyMember FamilyGenerator::derive(const FamilyMember &parent, int parentIndex, FamilyEdit edit)
{
    FamilyMember child;
    child.parent = parentIndex;
    child.edit = edit;
    child.depth = parent.depth + 1;
    const QString own = toString(edit);
    child.verdict = parentIndex == 0 || strength(own) > strength(parent.verdict) ? own
                                                                               : parent.verdict;
    switch (edit) {
    case FamilyEdit::Copy:
    case FamilyEdit::Spin:
    case FamilyEdit::Translate: {
        const EditKind kind = edit == FamilyEdit::Copy ? EditKind::Light
            : edit == FamilyEdit::Spin                 ? EditKind::Spin
                                                       : EditKind::Translate;
        Rewrite rewrite = m_rewriter.rewrite(parent.paragraphs, kind);
        child.paragraphs = edit == FamilyEdit::Translate ? respellNames(rewrite.paragraphs)
                                                         : rewrite.paragraphs;
        child.origins = parent.origins;
        return child;
    }
    case FamilyEdit::Condense:
        break;
    }
    const Rewrite edited = m_rewriter.rewrite(parent.paragraphs, EditKind::Light);
    child.paragraphs.append(edited.paragraphs[0]); // the title stays
    child.origins.append(parent.origins[0]);
    for (int p = 1; p < edited.paragraphs.size(); ++p) {
        const double r = m_random.generateDouble();
        if (r < kCondenseDrop)
            continue;
        if (r < kCondenseDrop + kCondenseMerge && p + 1 < edited.paragraphs.size()) {
            child.paragraphs.append(edited.paragraphs[p] + edited.paragraphs[p + 1]);
            child.origins.append(parent.origins[p] + parent.origins[p + 1]);
            ++p;
            continue;
        }
        child.paragraphs.append(edited.paragraphs[p]);
        child.origins.append(parent.origins[p]);
    }
    return child;
}

GeneratedFamily FamilyGenerator::family(int words, int versions)
{
    GeneratedFamily family;
    FamilyMember base;
    base.paragraphs = m_text.document(words);
    for (int p = 0; p < base.paragraphs.size(); ++p)
        base.origins.append(QSet<int>{p});
    base.verdict = QStringLiteral("base");
    family.members.append(base);
    static const FamilyEdit edits[] = {FamilyEdit::Copy, FamilyEdit::Spin, FamilyEdit::Condense,
                                       FamilyEdit::Translate};
    while (family.members.size() < versions) {
        QVector<int> parents;
        for (int i = 0; i < family.members.size(); ++i)
            if (family.members[i].depth < kMaxDepth)
                parents.append(i);
        const int parent = parents[int(m_random.bounded(parents.size()))];
        const FamilyEdit edit = edits[m_random.bounded(4)];
        family.members.append(derive(family.members[parent], parent, edit));
    }
    return family;
}

} // namespace Recension::Bench
