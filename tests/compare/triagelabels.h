#pragma once

#include "compare/comparison.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Recension::TestSupport {

/// One line of a labels file (format in tests/fixtures/triage/README.md).
struct TriageLabel
{
    enum class Kind { Flag, Review, Swap };
    Kind kind = Kind::Flag;
    QString left;  ///< text on the left side ("" where the change has none)
    QString right; ///< text on the right side
};

/// A labelled pair of tests/fixtures/triage: its folder name, kind, files and labels.
struct TriageFixture
{
    QString name;
    QString kind; ///< spun, condensed, translation, planted or format
    QString left;
    QString right;
    QVector<TriageLabel> labels;
};

/// What one or more fixtures score; the bench adds them up and prints the shares.
struct TriageScore
{
    int high = 0;          ///< changes rated high
    int highLabelled = 0;  ///< of those, labelled must-flag
    int flags = 0;         ///< must-flag labels
    int flagsHigh = 0;     ///< of those, met by a change rated high
    int reviews = 0;       ///< review labels
    int reviewsMedium = 0; ///< of those, met by a change rated medium
    int formatAboveLow = 0; ///< changes above low in format-only fixtures
    int swaps = 0;         ///< swap labels of spun fixtures
    int swapsTyped = 0;    ///< of those, met by a synonym or inflection
    QStringList misses;    ///< a line for each label not met and each unlabelled high change

    TriageScore &operator+=(const TriageScore &o);
};

/// @brief Every fixture under `folder` (one subfolder each with left.txt, right.txt and
/// labels.txt), in name order; `error` names a fixture that does not read.
QVector<TriageFixture> triageFixtures(const QString &folder, QString *error);

/// @brief Scores a comparison of a fixture's two files against its labels.
TriageScore scoreTriage(const TriageFixture &fixture, const Comparison &comparison);

} // namespace Recension::TestSupport
