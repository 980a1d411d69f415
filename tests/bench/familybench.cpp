#include "familybench.h"

#include "familygenerator.h"

#include "document/documentloader.h"
#include "family/family.h"

#include <QElapsedTimer>
#include <QMap>

namespace Recension::Bench {

namespace {

constexpr int kAccuracyWords = 600;
constexpr int kTimedWords = 2000;
constexpr int kTimedVersions = 10;

QVector<DocumentPtr> documentsOf(const GeneratedFamily &family)
{
    QVector<DocumentPtr> documents;
    for (int i = 0; i < family.members.size(); ++i) {
        const QString text = QString::fromUtf8(renderText(family.members[i].paragraphs));
        documents.append(documentFromText(text, QStringLiteral("version-%1.txt").arg(i)).document);
    }
    return documents;
}

struct Tally
{
    int edges = 0;
    int edgesRight = 0;
    int verdicts = 0;
    int verdictsRight = 0;
    AlignmentScore links;
    QMap<QString, int> confusions; ///< "true -> found" for wrong verdicts
    QMap<QString, int> wrongEdges; ///< "edit of parent's verdict -> found" for wrong edges
};

void add(AlignmentScore *sum, const AlignmentScore &score)
{
    sum->predicted += score.predicted;
    sum->expected += score.expected;
    sum->correct += score.correct;
}

void tally(const GeneratedFamily &generated, const FamilyAnalysis &family, Tally *t)
{
    for (int i = 1; i < generated.members.size(); ++i) {
        ++t->edges;
        const int truth = generated.members[i].parent;
        const int found = family.lineage.parent[i];
        if (found == truth) {
            ++t->edgesRight;
        } else {
            const QString where = found < 0 ? QStringLiteral("outside")
                : found == 0                ? QStringLiteral("base")
                : generated.members[found].parent == i ? QStringLiteral("its own child")
                : found == generated.members[truth].parent ? QStringLiteral("grandparent")
                                                          : QStringLiteral("another copy");
            ++t->wrongEdges[toString(generated.members[i].edit) + QStringLiteral(" of ")
                            + generated.members[truth].verdict + QStringLiteral(" \u2192 ") + where];
        }
        ++t->verdicts;
        const QString verdict = toString(family.verdicts[i].kind);
        if (verdict == generated.members[i].verdict)
            ++t->verdictsRight;
        else
            ++t->confusions[generated.members[i].verdict + QStringLiteral(" \u2192 ") + verdict];
    }
    for (const FamilyPair &pair : family.pairs)
        if (pair.left != 0 && pair.right != 0)
            add(&t->links, scoreLinks(pair.comparison->links, generated.gold(pair.left, pair.right)));
}

QString holds(bool ok)
{
    return ok ? QStringLiteral("holds") : QStringLiteral("MISSES");
}

} // namespace

int runFamilyBench(const QStringList &sources, int seeds, QTextStream &out, QTextStream &progress)
{
    Tally t;
    QElapsedTimer clock;
    clock.start();
    for (int seed = 0; seed < seeds; ++seed) {
        if (seed % 10 == 0)
            progress << "Family " << seed + 1 << " of " << seeds << "...\n" << Qt::flush;
        FamilyGenerator generator(sources, 7000 + quint32(seed));
        const int versions = 4 + seed % 9; // 4 to 12
        const GeneratedFamily generated = generator.family(kAccuracyWords, versions);
        const FamilyPtr family = analyseFamily(documentsOf(generated), 0, CompareOptions{});
        tally(generated, *family, &t);
    }
    const double accuracySeconds = clock.elapsed() / 1000.0;

    FamilyGenerator generator(sources, 9999);
    const QVector<DocumentPtr> ten = documentsOf(generator.family(kTimedWords, kTimedVersions));
    clock.restart();
    analyseFamily(ten, 0, CompareOptions{});
    const double tenSeconds = clock.elapsed() / 1000.0;

    const double edgeShare = t.edges ? double(t.edgesRight) / t.edges : 1.0;
    const double verdictShare = t.verdicts ? double(t.verdictsRight) / t.verdicts : 1.0;
    out << "\nFamilies: " << seeds << " generated families of 4 to 12 versions ("
        << kAccuracyWords << "-word base), " << accuracySeconds << " s in all\n\n";
    out << "| measure | value | target | |\n| --- | ---: | ---: | --- |\n";
    out << "| lineage edges right | " << t.edgesRight << " / " << t.edges << " = "
        << QString::number(edgeShare, 'f', 3) << " | 0.95 | " << holds(edgeShare >= 0.95) << " |\n";
    out << "| verdicts right | " << t.verdictsRight << " / " << t.verdicts << " = "
        << QString::number(verdictShare, 'f', 3) << " | 0.90 | " << holds(verdictShare >= 0.9) << " |\n";
    out << "| copy-against-copy link F1 | " << QString::number(t.links.f1(), 'f', 3)
        << " | 0.97 | " << holds(t.links.f1() >= 0.97) << " |\n";
    out << "| 10 versions of " << kTimedWords << " words | " << QString::number(tenSeconds, 'f', 2)
        << " s | 1 s | " << holds(tenSeconds <= 1.0) << " |\n";
    if (!t.confusions.isEmpty()) {
        out << "\nWrong verdicts (true \u2192 found):";
        for (auto it = t.confusions.cbegin(); it != t.confusions.cend(); ++it)
            out << ' ' << it.key() << " \u00d7" << it.value() << ';';
        out << '\n';
    }
    if (!t.wrongEdges.isEmpty()) {
        out << "Wrong lineage edges (edit of parent → parent found):";
        for (auto it = t.wrongEdges.cbegin(); it != t.wrongEdges.cend(); ++it)
            out << ' ' << it.key() << " ×" << it.value() << ';';
        out << '\n';
    }
    return 0;
}

} // namespace Recension::Bench
