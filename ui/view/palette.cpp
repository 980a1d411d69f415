#include "ui/view/palette.h"

#include "report/reportpalette.h"

#include <algorithm>
#include <cmath>

namespace Recension::Ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor withLightness(const QColor &c, qreal lightness)
{
    return QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(), float(lightness));
}

/// A mark must stand out from both the page and its own fill: clamp its lightness.
QColor markFrom(const QColor &c, bool dark)
{
    const qreal l = c.lightnessF();
    if (!dark && l > 0.42)
        return withLightness(c, 0.36);
    if (dark && l < 0.62)
        return withLightness(c, 0.70);
    return c;
}

/// WCAG contrast ratio of two colours.
qreal contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The strongest wash of `colour` over `base` (up to `strength`) on which `text` keeps
/// the WCAG AA contrast of 4.5.
QColor readableFill(const QColor &base, const QColor &colour, const QColor &text, qreal strength)
{
    for (qreal t = strength; t > 0.05; t -= 0.03) {
        const QColor fill = mix(base, colour, t);
        if (contrast(text, fill) >= 4.5)
            return fill;
    }
    return mix(base, colour, 0.05);
}


// Okabe & Ito's colour-blind-safe set; categories share colours by family and are told
// apart by their marks.
const QColor okabeOrange(0xE6, 0x9F, 0x00);
const QColor okabeSky(0x56, 0xB4, 0xE9);
const QColor okabeGreen(0x00, 0x9E, 0x73);
const QColor okabeYellow(0xF0, 0xE4, 0x42);
const QColor okabeBlue(0x00, 0x72, 0xB2);
const QColor okabeVermillion(0xD5, 0x5E, 0x00);
const QColor okabePurple(0xCC, 0x79, 0xA7);
const QColor okabeGrey(0x99, 0x99, 0x99);

std::array<QColor, CategoryCount> okabeColours()
{
    return {{okabeBlue, okabeVermillion, okabeOrange, okabeSky, okabeSky, okabeYellow,
             okabePurple, okabePurple, okabePurple, okabeGrey, okabeGrey, okabeGreen,
             okabeGrey, okabeVermillion, okabeOrange}};
}

} // namespace

Palette Palette::make(ColourScheme scheme, const QPalette &system)
{
    Palette p;
    p.dark = system.color(QPalette::Window).lightnessF() < 0.5;
    p.base = system.color(QPalette::Base);
    p.text = system.color(QPalette::Text);
    p.mutedText = mix(p.text, p.base, 0.45);
    p.gapFill = mix(p.base, system.color(QPalette::Window), p.dark ? 0.6 : 0.8);
    p.gapHatch = mix(p.gapFill, p.text, p.dark ? 0.14 : 0.10);
    p.connectorBase = mix(p.base, system.color(QPalette::Window), 0.5);
    p.rowRule = mix(p.base, p.text, 0.07);
    p.currentFrame = system.color(QPalette::Highlight);
    p.overviewBase = p.connectorBase;
    p.overviewViewport = mix(p.base, p.text, 0.18);
    p.overviewViewport.setAlphaF(0.35f);
    p.selection = system.color(QPalette::Active, QPalette::Highlight);
    p.selectionText = system.color(QPalette::Active, QPalette::HighlightedText);
    p.focusFrame = p.selection;

    if (scheme == ColourScheme::ColourBlindSafe) {
        const auto colours = okabeColours();
        for (int c = 0; c < CategoryCount; ++c) {
            p.categoryFill[c] = readableFill(p.base, colours[c], p.text, p.dark ? 0.42 : 0.32);
            p.categoryMark[c] = markFrom(colours[c], p.dark);
        }
        p.findMatch = okabeYellow;
        p.findCurrent = markFrom(okabeOrange, p.dark);
        p.currentFrame = markFrom(okabeBlue, p.dark);
    } else {
        for (int c = 0; c < CategoryCount; ++c) {
            // The hues are shared with the printed report (report/reportpalette).
            const CategoryHue hue = categoryHue(static_cast<Category>(c));
            const int degrees = qMax(hue.degrees, 0);
            const qreal s = hue.degrees < 0 ? 0.0 : hue.saturation;
            const QColor full = QColor::fromHslF(float(degrees / 360.0),
                                                 float(p.dark ? s * 0.45 : s * 0.85),
                                                 p.dark ? 0.30f : 0.86f);
            p.categoryFill[c] = readableFill(p.base, full, p.text, 1.0);
            p.categoryMark[c] = QColor::fromHslF(float(degrees / 360.0), float(s),
                                                 p.dark ? 0.72f : 0.34f);
        }
        p.findMatch = QColor::fromHslF(55 / 360.0f, 1.0f, 0.55f);
        p.findCurrent = QColor::fromHslF(28 / 360.0f, 0.9f, p.dark ? 0.65f : 0.45f);
    }
    p.findMatch.setAlphaF(p.dark ? 0.45f : 0.55f);

    const QColor neutral = mix(p.base, p.text, p.dark ? 0.22 : 0.14);
    auto kind = [](LinkKind k) { return static_cast<int>(k); };
    p.linkBand[kind(LinkKind::Identical)] = neutral;
    p.linkBand[kind(LinkKind::Modified)] = mix(neutral, p.fill(Category::Replaced), 0.6);
    p.linkBand[kind(LinkKind::Paraphrased)] = mix(neutral, p.fill(Category::Synonym), 0.8);
    p.linkBand[kind(LinkKind::Moved)] = mix(neutral, p.mark(Category::Moved), 0.45);
    p.linkBand[kind(LinkKind::Deleted)] = p.fill(Category::Deleted);
    p.linkBand[kind(LinkKind::Inserted)] = p.fill(Category::Inserted);
    for (int k = 0; k < 6; ++k)
        p.linkTint[k] = k == kind(LinkKind::Identical) ? p.base
                                                        : mix(p.base, p.linkBand[k], 0.22);
    // The family matrix's bands (report/familytext's KeptBand), from the same scheme.
    p.keptBand = {{p.fill(Category::Inserted), p.fill(Category::Synonym), p.fill(Category::Moved),
                   mix(p.base, p.text, p.dark ? 0.12 : 0.06)}};
    return p;
}

} // namespace Recension::Ui
