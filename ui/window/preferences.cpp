#include "ui/window/preferences.h"

#include <QSettings>

namespace Recension::Ui {

namespace {

const QString IgnoreCaseKey = QStringLiteral("compare/ignoreCase");
const QString IgnorePunctuationKey = QStringLiteral("compare/ignorePunctuation");
const QString SynonymsKey = QStringLiteral("compare/synonymsUnimportant");
const QString LanguageKey = QStringLiteral("compare/language");
const QString WatchTermsKey = QStringLiteral("compare/watchTerms");
const QString WatchHashKey = QStringLiteral("compare/watchSha256");
const QString SchemeKey = QStringLiteral("view/colourScheme");
const QString FontSizeKey = QStringLiteral("view/fontPointSize");

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    p.options.ignoreCase = settings.value(IgnoreCaseKey, false).toBool();
    p.options.ignorePunctuation = settings.value(IgnorePunctuationKey, false).toBool();
    p.options.synonymsUnimportant = settings.value(SynonymsKey, false).toBool();
    p.options.language = settings.value(LanguageKey, p.options.language).toString();
    p.options.watch.terms = settings.value(WatchTermsKey).toStringList();
    if (!p.options.watch.terms.isEmpty())
        p.options.watch.sha256 = settings.value(WatchHashKey).toByteArray();
    const int scheme = settings.value(SchemeKey, 0).toInt();
    p.scheme = scheme == int(ColourScheme::ColourBlindSafe) ? ColourScheme::ColourBlindSafe
                                                            : ColourScheme::System;
    p.fontPointSize = qBound(0.0, settings.value(FontSizeKey, 0.0).toReal(), 48.0);
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(IgnoreCaseKey, options.ignoreCase);
    settings.setValue(IgnorePunctuationKey, options.ignorePunctuation);
    settings.setValue(SynonymsKey, options.synonymsUnimportant);
    settings.setValue(LanguageKey, options.language);
    if (options.watch.isEmpty()) {
        settings.remove(WatchTermsKey);
        settings.remove(WatchHashKey);
    } else {
        settings.setValue(WatchTermsKey, options.watch.terms);
        settings.setValue(WatchHashKey, options.watch.sha256);
    }
    settings.setValue(SchemeKey, int(scheme));
    settings.setValue(FontSizeKey, fontPointSize);
}

} // namespace Recension::Ui
