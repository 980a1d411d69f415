#pragma once

#include "family/family.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Recension {

/// A version that could not be loaded: listed in the family document with its reason.
struct FailedVersion
{
    QString path;
    QString reason; ///< translated, names the file and the reason
};

/// @brief The family as the `recension-family` JSON object, version 1 (format in
/// app/report/family-json.md). `generated` is left out when invalid.
QJsonObject familyToJson(const FamilyAnalysis &family, const QVector<FailedVersion> &failed,
                         const QDateTime &generated);

/// @brief familyToJson() serialised, indented; byte-identical for the same family.
QByteArray familyToJsonBytes(const FamilyAnalysis &family, const QVector<FailedVersion> &failed,
                             const QDateTime &generated);

} // namespace Recension
