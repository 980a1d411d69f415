#include "ui/window/clutterchoices.h"

#include "document/clutter.h"

#include <QSettings>
#include <QVariant>

#include <algorithm>

namespace Recension::Ui {

namespace {

QString settingsKey(const QString &sha256)
{
    return QStringLiteral("clutter/kept/") + sha256;
}

} // namespace

ClutterChoices::ClutterChoices(bool persistent)
    : m_persistent(persistent)
{
}

DocumentPtr ClutterChoices::apply(const DocumentPtr &document) const
{
    if (!document)
        return document;
    return setClutterAside(document, withoutKept(findClutter(*document), kept(*document)));
}

void ClutterChoices::keep(const Document &document, int sourceParagraph)
{
    QSet<int> paragraphs = kept(document);
    paragraphs.insert(sourceParagraph);
    m_kept.insert(document.sha256, paragraphs);
    if (!m_persistent || document.sha256.isEmpty())
        return;
    QList<int> sorted(paragraphs.cbegin(), paragraphs.cend());
    std::sort(sorted.begin(), sorted.end());
    QVariantList values;
    for (int paragraph : sorted)
        values << paragraph;
    QSettings().setValue(settingsKey(document.sha256), values);
}

QSet<int> ClutterChoices::kept(const Document &document) const
{
    const auto found = m_kept.constFind(document.sha256);
    if (found != m_kept.cend() || !m_persistent || document.sha256.isEmpty())
        return found != m_kept.cend() ? *found : QSet<int>();
    QSet<int> paragraphs;
    for (const QVariant &value : QSettings().value(settingsKey(document.sha256)).toList())
        paragraphs.insert(value.toInt());
    return paragraphs;
}

} // namespace Recension::Ui
