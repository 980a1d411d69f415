#include "gold.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Recension::Bench {

namespace {

QVector<int> intsOf(const QJsonArray &array)
{
    QVector<int> out;
    for (const QJsonValue &v : array)
        out.append(v.toInt());
    std::sort(out.begin(), out.end());
    return out;
}

QJsonArray arrayOf(const QVector<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

qint64 pairKey(int left, int right)
{
    return (qint64(left) << 32) | quint32(right);
}

bool isOneSided(const Link &link)
{
    return link.kind == LinkKind::Deleted || link.kind == LinkKind::Inserted;
}

QString shapeOf(const Link &link)
{
    if (link.kind == LinkKind::Deleted)
        return QStringLiteral("deleted");
    if (link.kind == LinkKind::Inserted)
        return QStringLiteral("inserted");
    const QString shape = QStringLiteral("%1:%2").arg(link.paragraphs[Left].size())
                              .arg(link.paragraphs[Right].size());
    return link.kind == LinkKind::Moved ? QStringLiteral("moved ") + shape : shape;
}

} // namespace

std::optional<Gold> Gold::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = json.object();
    if (json.isNull() || !object.value(QStringLiteral("alignment")).isArray()) {
        *error = QStringLiteral("%1: not a gold alignment (%2)").arg(path, parseError.errorString());
        return std::nullopt;
    }
    Gold gold;
    for (const QJsonValue &rights : object.value(QStringLiteral("alignment")).toArray())
        gold.alignment.append(intsOf(rights.toArray()));
    gold.rightOnly = intsOf(object.value(QStringLiteral("right_only")).toArray());
    gold.leftParagraphs = object.value(QStringLiteral("left_paragraphs")).toInt(gold.alignment.size());
    int right = 0;
    for (const QVector<int> &rights : std::as_const(gold.alignment))
        if (!rights.isEmpty())
            right = std::max(right, rights.last() + 1);
    if (!gold.rightOnly.isEmpty())
        right = std::max(right, gold.rightOnly.last() + 1);
    gold.rightParagraphs = object.value(QStringLiteral("right_paragraphs")).toInt(right);
    gold.operations = object.value(QStringLiteral("operations")).toArray();
    return gold;
}

QByteArray Gold::toJson(const QString &pair, const QString &size, const QString &variant,
                        const QString &leftFile, const QString &rightFile) const
{
    QJsonArray rows;
    for (const QVector<int> &rights : alignment)
        rows.append(arrayOf(rights));
    QJsonObject object{{QStringLiteral("pair"), pair},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("variant"), variant},
                       {QStringLiteral("left_file"), leftFile},
                       {QStringLiteral("right_file"), rightFile},
                       {QStringLiteral("left_paragraphs"), leftParagraphs},
                       {QStringLiteral("right_paragraphs"), rightParagraphs},
                       {QStringLiteral("alignment"), rows},
                       {QStringLiteral("right_only"), arrayOf(rightOnly)},
                       {QStringLiteral("operations"), operations}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Gold Gold::identity(int paragraphs)
{
    Gold gold;
    gold.leftParagraphs = gold.rightParagraphs = paragraphs;
    for (int p = 0; p < paragraphs; ++p)
        gold.alignment.append(QVector<int>{p});
    return gold;
}

QVector<Link> goldLinks(const Gold &gold)
{
    const int n = gold.leftParagraphs;
    const int m = gold.rightParagraphs;
    // Union-find over left nodes 0..n-1 and right nodes n..n+m-1.
    QVector<int> parent(n + m);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    QVector<bool> rightLinked(m, false);
    for (int p = 0; p < n && p < gold.alignment.size(); ++p)
        for (int q : gold.alignment[p])
            if (q >= 0 && q < m) {
                const int a = find(p), b = find(n + q);
                parent[std::max(a, b)] = std::min(a, b);
                rightLinked[q] = true;
            }
    QMap<int, int> linkOfRoot;
    QVector<Link> links;
    for (int p = 0; p < n; ++p) {
        Link link;
        link.paragraphs[Left].append(p);
        if (p >= gold.alignment.size() || gold.alignment[p].isEmpty()) {
            link.kind = LinkKind::Deleted;
            links.append(link);
            continue;
        }
        const int root = find(p);
        if (const auto it = linkOfRoot.constFind(root); it != linkOfRoot.cend()) {
            links[it.value()].paragraphs[Left].append(p);
            continue;
        }
        link.kind = LinkKind::Modified;
        linkOfRoot.insert(root, links.size());
        links.append(link);
    }
    for (int q = 0; q < m; ++q) {
        Link *link = nullptr;
        Link inserted;
        if (rightLinked[q]) {
            link = &links[linkOfRoot.value(find(n + q))];
        } else {
            inserted.kind = LinkKind::Inserted;
            link = &inserted;
        }
        link->paragraphs[Right].append(q);
        if (!rightLinked[q])
            links.append(inserted);
    }
    return links;
}

AlignmentScore scoreLinks(const QVector<Link> &links, const Gold &gold)
{
    AlignmentScore score;
    QSet<qint64> expected;
    for (int p = 0; p < gold.alignment.size(); ++p)
        for (int q : gold.alignment[p])
            expected.insert(pairKey(p, q));
    score.expected = int(expected.size());

    // Where each paragraph ended up: the index of its predicted link.
    QVector<int> linkOfLeft(gold.leftParagraphs, -1), linkOfRight(gold.rightParagraphs, -1);
    for (int k = 0; k < links.size(); ++k) {
        const Link &link = links[k];
        for (int p : link.paragraphs[Left])
            if (p < linkOfLeft.size())
                linkOfLeft[p] = k;
        for (int q : link.paragraphs[Right])
            if (q < linkOfRight.size())
                linkOfRight[q] = k;
        if (isOneSided(link))
            continue;
        for (int p : link.paragraphs[Left])
            for (int q : link.paragraphs[Right]) {
                ++score.predicted;
                if (expected.contains(pairKey(p, q)))
                    ++score.correct;
            }
    }
    for (int q : gold.rightOnly) {
        ++score.rightOnly;
        const int k = q < linkOfRight.size() ? linkOfRight[q] : -1;
        if (k >= 0 && links[k].kind == LinkKind::Inserted)
            ++score.rightOnlyInserted;
    }

    for (const Link &want : goldLinks(gold)) {
        if (want.kind == LinkKind::Deleted) {
            ++score.leftOnly;
            const int k = linkOfLeft.value(want.paragraphs[Left].first(), -1);
            if (k >= 0 && links[k].kind == LinkKind::Deleted)
                ++score.leftOnlyDeleted;
        }
        QVector<int> touching;
        for (int p : want.paragraphs[Left])
            touching.append(linkOfLeft.value(p, -1));
        for (int q : want.paragraphs[Right])
            touching.append(linkOfRight.value(q, -1));
        std::sort(touching.begin(), touching.end());
        touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
        const bool exact = touching.size() == 1 && touching.first() >= 0
            && links[touching.first()].paragraphs == want.paragraphs
            && isOneSided(links[touching.first()]) == isOneSided(want);
        if (exact)
            continue;
        QStringList shapes;
        for (int k : std::as_const(touching)) {
            if (k < 0) {
                shapes.append(QStringLiteral("missing"));
                continue;
            }
            const Link &got = links[k];
            bool wider = false;
            for (int side = 0; side < 2; ++side)
                for (int x : got.paragraphs[side])
                    wider = wider || !want.paragraphs[side].contains(x);
            shapes.append(shapeOf(got) + (wider ? QStringLiteral(" (with neighbours)") : QString()));
        }
        ++score.errors[QStringLiteral("gold %1 predicted as %2").arg(shapeOf(want),
                                                                       shapes.join(QStringLiteral(" + ")))];
    }
    return score;
}

} // namespace Recension::Bench
