#include "ui/window/taborder.h"

#include <QWidget>

namespace Recension::Ui {

namespace {

bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

/// The first widget after `w` in the focus chain that takes Tab and has no proxy.
QWidget *nextStop(QWidget *w)
{
    for (QWidget *next = w->nextInFocusChain(); next && next != w;
         next = next->nextInFocusChain()) {
        if (takesTab(next) && !next->focusProxy())
            return next;
    }
    return nullptr;
}

} // namespace

QList<QWidget *> tabStops(QWidget *group)
{
    QList<QWidget *> stops;
    QWidget *w = group;
    do {
        // A widget with a focus proxy hands the focus on; the proxy is the stop.
        if ((w == group || group->isAncestorOf(w)) && takesTab(w) && !w->focusProxy())
            stops.append(w);
        w = w->nextInFocusChain();
    } while (w && w != group);
    return stops;
}

void chainTabOrder(const QList<QWidget *> &groups)
{
    QList<QWidget *> stops;
    for (QWidget *group : groups)
        stops += tabStops(group);
    for (int i = 0; i + 1 < stops.size(); ++i)
        QWidget::setTabOrder(stops[i], stops[i + 1]);
    // Qt stops Tab at a widget whose focus proxy takes Tab wherever the widget stands in the
    // chain, and moves the focus to the proxy. Right before its proxy that is harmless;
    // elsewhere (a QTabWidget, whose proxy is its tab bar) it sends Tab back to the proxy
    // from further on. Such a widget hands on the focus no more: its proxy is the stop.
    for (QWidget *group : groups) {
        const QList<QWidget *> inside = group->findChildren<QWidget *>() << group;
        for (QWidget *w : inside) {
            QWidget *proxy = w->focusProxy();
            if (!proxy || !w->isAncestorOf(proxy) || nextStop(w) == proxy)
                continue;
            w->setFocusProxy(nullptr);
            w->setFocusPolicy(Qt::NoFocus);
        }
    }
}

} // namespace Recension::Ui
