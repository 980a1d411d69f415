#include "ui/view/comparisonnotices.h"

#include "text/languagesupport.h"

#include <QLocale>

namespace Recension::Ui {

ComparisonNotices::ComparisonNotices(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("comparisonNotices"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 3, 8, 3);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAccessibleName(tr("Notices about this comparison"));
    hide();
}

void ComparisonNotices::setComparison(const ComparisonPtr &comparison)
{
    m_notices.clear();
    if (comparison && comparison->documents[Left] && comparison->documents[Right]) {
        const std::array<QString, 2> languages{comparison->documents[Left]->language,
                                               comparison->documents[Right]->language};
        const QString across = crossLanguageNotice(languages[Left], languages[Right]);
        if (!across.isEmpty())
            m_notices << across;
        QStringList missing = dictionaryWarnings(languages[Left]);
        if (!sameLanguage(languages[Left], languages[Right]))
            missing << dictionaryWarnings(languages[Right]);
        m_notices << missing;
        int aside = 0;
        for (Side side : {Left, Right})
            aside += int(comparison->documents[side]->setAside.size());
        if (aside > 0) {
            m_notices << tr("Set aside as page clutter: %1 (shown greyed and left out of the "
                            "figures; click one to compare it after all).")
                             .arg(QLocale().toString(aside));
        }
    }
    // "ⓘ" marks each line: the notice does not rest on the bar's colour.
    QStringList lines;
    for (const QString &notice : std::as_const(m_notices))
        lines << QStringLiteral("ⓘ ") + notice;
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!m_notices.isEmpty());
}

} // namespace Recension::Ui
