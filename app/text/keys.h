#pragma once

#include <QString>
#include <QStringView>

namespace Recension {

/// @brief The comparison key of one token: NFKC with case folding, every quotation mark
/// and apostrophe folded to ' or ", every dash and the minus sign to '-', white space to
/// one space, and numbers normalised.
/// Numbers: any decimal digits become ASCII; thousands separators (',', '\'', a space or
/// '.' when another separator follows) are dropped; the decimal separator becomes '.'
/// and trailing fraction zeros go ("3,600" == "3600" == "3 600", "2.50" == "2.5",
/// "1,5" == "1.5"). A lone '.' is always decimal and a lone ',' before exactly three
/// digits always grouping, so "1.5" != "15" and "3,600" != "3.600".
QString comparisonKey(QStringView token);

} // namespace Recension
