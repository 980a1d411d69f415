#include "report/reportpalette.h"

namespace Recension {

CategoryStyle categoryStyle(Category category)
{
    // Light enough that black text stays readable on paper; neighbouring categories that
    // share a mark (the boxed ones) get clearly different hues.
    switch (category) {
    case Category::Inserted: return {QColor(0xc6, 0xef, 0xc6), Mark::Underline};
    case Category::Deleted: return {QColor(0xf8, 0xc9, 0xc9), Mark::StrikeThrough};
    case Category::Replaced: return {QColor(0xfd, 0xdf, 0xb0), Mark::Box};
    case Category::Synonym: return {QColor(0xcf, 0xe2, 0xff), Mark::DottedUnderline};
    case Category::Inflection: return {QColor(0xc4, 0xec, 0xe8), Mark::DashedUnderline};
    case Category::Spelling: return {QColor(0xff, 0xf1, 0x9c), Mark::WavyUnderline};
    case Category::Number: return {QColor(0xf6, 0xc3, 0xe6), Mark::Box};
    case Category::Name: return {QColor(0xdd, 0xcf, 0xf7), Mark::Box};
    case Category::Speaker: return {QColor(0xf1, 0xd6, 0xbd), Mark::Box};
    case Category::Punctuation: return {QColor(0xe3, 0xe3, 0xe3), Mark::Overline};
    case Category::Case: return {QColor(0xe5, 0xee, 0xc2), Mark::DashDotUnderline};
    case Category::Moved: return {QColor(0xd6, 0xdc, 0xe9), Mark::SideBar};
    }
    return {QColor(Qt::lightGray), Mark::Box};
}

} // namespace Recension
