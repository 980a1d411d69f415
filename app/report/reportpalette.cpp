#include "report/reportpalette.h"

#include <array>

namespace Recension {

namespace {

// One hue per category, indexed by Category; the screen's system scheme uses the same.
constexpr std::array<CategoryHue, CategoryCount> Hues{{
    {120, 0.55}, // inserted
    {0, 0.70},   // deleted
    {28, 0.85},  // replaced
    {215, 0.75}, // synonym
    {180, 0.55}, // inflection
    {52, 0.85},  // spelling
    {280, 0.55}, // number
    {325, 0.60}, // name
    {95, 0.50},  // speaker
    {-1, 0.0},   // punctuation
    {40, 0.30},  // case
    {250, 0.45}, // moved
    {200, 0.15}, // format: near grey, it is no change of fact
    {345, 0.80}, // polarity
    {15, 0.65},  // hedge
}};

} // namespace

CategoryHue categoryHue(Category category)
{
    return Hues[static_cast<int>(category)];
}

Mark categoryMark(Category category)
{
    switch (category) {
    case Category::Inserted: return Mark::Underline;
    case Category::Deleted: return Mark::StrikeOut;
    case Category::Replaced: return Mark::DashUnderline;
    case Category::Synonym: return Mark::DotUnderline;
    case Category::Inflection: return Mark::DashDotUnderline;
    case Category::Spelling: return Mark::WaveUnderline;
    case Category::Number: return Mark::SolidBox;
    case Category::Name: return Mark::DashedBox;
    case Category::Speaker: return Mark::DottedBox;
    case Category::Punctuation: return Mark::DashDotDotUnderline;
    case Category::Case: return Mark::DoubleUnderline;
    case Category::Moved: return Mark::SideBar;
    case Category::Format: return Mark::Brackets;
    case Category::Polarity: return Mark::DoubleBox;
    case Category::Hedge: return Mark::ThickUnderline;
    }
    return Mark::DashUnderline;
}

CategoryStyle categoryStyle(Category category)
{
    const CategoryHue hue = categoryHue(category);
    const float degrees = float(std::max(hue.degrees, 0)) / 360.0f;
    const float saturation = hue.degrees < 0 ? 0.0f : float(hue.saturation);
    // Paper is lighter than a screen's base: a fill a little paler than the screen's keeps
    // black text readable in print and when photocopied.
    return {QColor::fromHslF(degrees, saturation * 0.85f, 0.88f),
            QColor::fromHslF(degrees, saturation, 0.34f), categoryMark(category)};
}

} // namespace Recension
