#include "triagelabels.h"

#include <QDir>
#include <QFile>

namespace Recension::TestSupport {

namespace {

/// One side of a label meets one side of a change when either text holds the other
/// (case aside): "Tomasz Wierzbicki" is met by a change of "Tomasz" alone. An empty
/// label side meets anything.
bool meets(const QString &label, const QString &text)
{
    if (label.isEmpty())
        return true;
    if (text.size() < 2)
        return false;
    return text.contains(label, Qt::CaseInsensitive) || label.contains(text, Qt::CaseInsensitive);
}

bool meets(const TriageLabel &label, const Comparison &c, const Change &change)
{
    return meets(label.left, c.spanText(Left, change.sides[Left]))
        && meets(label.right, c.spanText(Right, change.sides[Right]));
}

} // namespace

TriageScore &TriageScore::operator+=(const TriageScore &o)
{
    high += o.high;
    highLabelled += o.highLabelled;
    flags += o.flags;
    flagsHigh += o.flagsHigh;
    reviews += o.reviews;
    reviewsMedium += o.reviewsMedium;
    formatAboveLow += o.formatAboveLow;
    swaps += o.swaps;
    swapsTyped += o.swapsTyped;
    misses += o.misses;
    return *this;
}

QVector<TriageFixture> triageFixtures(const QString &folder, QString *error)
{
    QVector<TriageFixture> fixtures;
    const QDir root(folder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(name));
        TriageFixture fixture{name, QString(), dir.filePath(QStringLiteral("left.txt")),
                              dir.filePath(QStringLiteral("right.txt")), {}};
        QFile file(dir.filePath(QStringLiteral("labels.txt")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            line = line.section(QLatin1Char('#'), 0, 0).trimmed();
            const QString key = line.section(QLatin1Char(':'), 0, 0).trimmed();
            const QString value = line.section(QLatin1Char(':'), 1).trimmed();
            if (line.isEmpty())
                continue;
            if (key == u"kind") {
                fixture.kind = value;
                continue;
            }
            TriageLabel label;
            if (key == u"flag")
                label.kind = TriageLabel::Kind::Flag;
            else if (key == u"review")
                label.kind = TriageLabel::Kind::Review;
            else if (key == u"swap")
                label.kind = TriageLabel::Kind::Swap;
            else {
                *error = QStringLiteral("%1: unknown label \"%2\"").arg(file.fileName(), key);
                return {};
            }
            label.left = value.section(QLatin1Char('|'), 0, 0).trimmed();
            label.right = value.section(QLatin1Char('|'), 1).trimmed();
            fixture.labels.append(label);
        }
        fixtures.append(fixture);
    }
    return fixtures;
}

TriageScore scoreTriage(const TriageFixture &fixture, const Comparison &c)
{
    TriageScore score;
    auto describe = [&](const QString &what, const Change &change) {
        return QStringLiteral("%1: %2 %3/%4: %5 | %6").arg(fixture.name, what, toString(change.category),
                                                         toString(change.severity),
                                                         c.spanText(Left, change.sides[Left]),
                                                         c.spanText(Right, change.sides[Right]));
    };
    for (const Change &change : c.changes) {
        if (fixture.kind == u"format" && change.severity != Severity::Low) {
            ++score.formatAboveLow;
            score.misses << describe(QStringLiteral("format rated above low"), change);
        }
        if (change.severity != Severity::High)
            continue;
        ++score.high;
        bool labelled = false;
        for (const TriageLabel &label : fixture.labels)
            labelled = labelled || (label.kind == TriageLabel::Kind::Flag && meets(label, c, change));
        if (labelled)
            ++score.highLabelled;
        else
            score.misses << describe(QStringLiteral("high but not must-flag"), change);
    }
    for (const TriageLabel &label : fixture.labels) {
        bool met = false;
        for (const Change &change : c.changes) {
            if (!meets(label, c, change))
                continue;
            switch (label.kind) {
            case TriageLabel::Kind::Flag:
                met = met || change.severity == Severity::High;
                break;
            case TriageLabel::Kind::Review:
                met = met || change.severity == Severity::Medium;
                break;
            case TriageLabel::Kind::Swap:
                met = met || change.category == Category::Synonym || change.category == Category::Inflection;
                break;
            }
        }
        int &total = label.kind == TriageLabel::Kind::Flag ? score.flags
            : label.kind == TriageLabel::Kind::Review      ? score.reviews
                                                           : score.swaps;
        int &good = label.kind == TriageLabel::Kind::Flag ? score.flagsHigh
            : label.kind == TriageLabel::Kind::Review     ? score.reviewsMedium
                                                          : score.swapsTyped;
        ++total;
        if (met)
            ++good;
        else
            score.misses << QStringLiteral("%1: label not met: %2 | %3").arg(fixture.name, label.left, label.right);
    }
    return score;
}

} // namespace Recension::TestSupport
