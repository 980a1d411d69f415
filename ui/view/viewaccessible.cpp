#include "ui/view/viewaccessible.h"

#include "ui/view/changestyle.h"
#include "ui/view/sidebysideview.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QScrollBar>

#include <memory>

namespace Recension::Ui {

namespace {

QString paragraphsText(const QVector<int> &paragraphs)
{
    if (paragraphs.isEmpty())
        return ViewAccessible::tr("nothing (a gap)");
    if (paragraphs.size() == 1)
        return ViewAccessible::tr("paragraph %1").arg(paragraphs.first() + 1);
    return ViewAccessible::tr("paragraphs %1–%2")
        .arg(paragraphs.first() + 1)
        .arg(paragraphs.last() + 1);
}

QRect toScreen(const SideBySideView *view, const QRect &viewportRect)
{
    if (viewportRect.isEmpty())
        return {};
    return QRect(view->viewport()->mapToGlobal(viewportRect.topLeft()), viewportRect.size());
}

/// The base of the view's parts, which have no QObject of their own.
class Part : public QAccessibleInterface
{
public:
    Part(SideBySideView *view, int index)
        : m_view(view)
        , m_index(index)
    {
    }
    bool isValid() const override { return !m_view.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_view ? m_view->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    void setText(QAccessible::Text, const QString &) override {}

protected:
    QPointer<SideBySideView> m_view;
    int m_index;
};

/// One version's whole text, read-only, with the view's selection and caret.
class PaneTextPart final : public Part, public QAccessibleTextInterface
{
public:
    PaneTextPart(SideBySideView *view, Side side)
        : Part(view, side == Left ? ViewAccessible::LeftText : ViewAccessible::RightText)
        , m_side(side)
    {
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::TextInterface ? static_cast<QAccessibleTextInterface *>(this)
                                                  : nullptr;
    }
    QAccessible::Role role() const override { return QAccessible::EditableText; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.multiLine = true;
        state.selectableText = true;
        state.focusable = true;
        state.focused = m_view && m_view->hasFocus() && m_view->selection().hasCaret()
            && m_view->selection().side() == m_side;
        return state;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!m_view || !m_view->comparison())
            return {};
        const DocumentPtr &document = m_view->comparison()->documents[m_side];
        switch (t) {
        case QAccessible::Name:
            return (m_side == Left ? ViewAccessible::tr("Left version: %1")
                                   : ViewAccessible::tr("Right version: %1"))
                .arg(document->displayName());
        case QAccessible::Value: return pane().text(0, pane().length());
        default: return {};
        }
    }
    QRect rect() const override
    {
        if (!m_view)
            return {};
        return toScreen(m_view, m_view->columnRect(m_side));
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    // QAccessibleTextInterface: offsets into the pane's paragraphs joined by line breaks.
    void selection(int index, int *start, int *end) const override
    {
        *start = *end = 0;
        if (index == 0 && selectionCount() == 1) {
            *start = pane().offsetOf(m_view->selection().start());
            *end = pane().offsetOf(m_view->selection().end());
        }
    }
    int selectionCount() const override
    {
        return m_view && !m_view->selection().isEmpty() && m_view->selection().side() == m_side
            ? 1
            : 0;
    }
    void addSelection(int start, int end) override { setSelection(0, start, end); }
    void removeSelection(int index) override
    {
        if (index == 0 && selectionCount() == 1)
            m_view->clearSelection();
    }
    void setSelection(int, int start, int end) override
    {
        if (m_view)
            m_view->setSelection(pane().placeAt(m_side, start), pane().placeAt(m_side, end));
    }
    int cursorPosition() const override
    {
        return m_view && m_view->selection().hasCaret() && m_view->selection().side() == m_side
            ? pane().offsetOf(m_view->selection().cursor())
            : 0;
    }
    void setCursorPosition(int position) override { setSelection(0, position, position); }
    QString text(int start, int end) const override { return pane().text(start, end); }
    int characterCount() const override { return pane().length(); }
    QRect characterRect(int offset) const override
    {
        if (!m_view)
            return {};
        return toScreen(m_view, m_view->placeRect(pane().placeAt(m_side, offset)));
    }
    int offsetAtPoint(const QPoint &point) const override
    {
        if (!m_view)
            return -1;
        return pane().offsetOf(m_view->placeAt(m_view->viewport()->mapFromGlobal(point), m_side));
    }
    void scrollToSubstring(int start, int) override
    {
        if (m_view)
            m_view->ensurePlaceVisible(pane().placeAt(m_side, start));
    }
    QString attributes(int offset, int *start, int *end) const override
    {
        *start = *end = offset;
        return {};
    }

private:
    /// The joined text, rebuilt when the view shows another comparison.
    const PaneText &pane() const
    {
        const ComparisonPtr comparison = m_view ? m_view->comparison() : nullptr;
        if (m_for.lock() != comparison || (!comparison && m_text.length() > 0)) {
            m_for = comparison;
            m_text = comparison ? PaneText(comparison->documents[m_side]) : PaneText();
        }
        return m_text;
    }

    Side m_side;
    mutable std::weak_ptr<const Comparison> m_for;
    mutable PaneText m_text;
};

enum class ListKind { Rows, Changes };

/// One row of the connector strip, or one change.
class Item final : public Part, public QAccessibleActionInterface
{
public:
    Item(SideBySideView *view, ListKind kind, int index, const ComparisonPtr &comparison)
        : Part(view, index)
        , m_kind(kind)
        , m_for(comparison)
    {
    }
    bool isValid() const override
    {
        return m_view && !m_for.expired() && m_for.lock() == m_view->comparison();
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface && m_kind == ListKind::Changes
            ? static_cast<QAccessibleActionInterface *>(this)
            : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        QAccessibleInterface *view = Part::parent();
        return view ? view->child(m_kind == ListKind::Rows ? ViewAccessible::Connector
                                                           : ViewAccessible::Changes)
                    : nullptr;
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = m_kind == ListKind::Changes;
        state.selected = state.focused = isCurrent();
        state.invisible = rect().isEmpty();
        return state;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Comparison &comparison = *m_view->comparison();
        if (m_kind == ListKind::Rows) {
            const Row &row = m_view->rowModel().row(m_index);
            if (t == QAccessible::Name)
                return ViewAccessible::tr("Row %1: %2")
                    .arg(m_index + 1)
                    .arg(ChangeStyle::linkKindName(row.kind));
            if (t == QAccessible::Description)
                return ViewAccessible::tr("Left: %1; right: %2")
                    .arg(paragraphsText(row.paragraphs[Left]),
                         paragraphsText(row.paragraphs[Right]));
            return {};
        }
        const Change &change = comparison.changes[m_index];
        if (t == QAccessible::Name) {
            const QString name = ViewAccessible::tr("Change %1: %2, %3 severity")
                                     .arg(change.id)
                                     .arg(ChangeStyle::categoryName(change.category),
                                          ChangeStyle::severityName(change.severity));
            return change.inQuote ? ViewAccessible::tr("%1, inside a quotation").arg(name) : name;
        }
        if (t == QAccessible::Description) {
            const auto words = [&](Side side) {
                if (change.sides[side].isNull())
                    return ViewAccessible::tr("nothing");
                const QString text = comparison.spanText(side, change.sides[side]).simplified();
                return ViewAccessible::tr("“%1”").arg(text);
            };
            return ViewAccessible::tr("Left: %1; right: %2").arg(words(Left), words(Right));
        }
        return {};
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        if (m_kind == ListKind::Changes)
            return toScreen(m_view, m_view->changeRect(m_index));
        const int top = m_view->geometry().rowTop(m_index) - m_view->verticalScrollBar()->value();
        const QRect row(0, top, m_view->viewport()->width(), m_view->geometry().rowHeight(m_index));
        return toScreen(m_view, row.intersected(m_view->viewport()->rect()));
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid()) {
            m_view->setCurrentChange(m_index);
            emit m_view->changeClicked(m_index);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    bool isCurrent() const
    {
        return m_kind == ListKind::Changes && isValid() && m_view->currentChange() == m_index;
    }

    ListKind m_kind;
    std::weak_ptr<const Comparison> m_for;
};

/// The connector's rows or the changes, as a list whose items are made when asked for.
class List final : public Part
{
public:
    List(SideBySideView *view, ListKind kind)
        : Part(view, kind == ListKind::Rows ? ViewAccessible::Connector : ViewAccessible::Changes)
        , m_kind(kind)
    {
    }
    ~List() override { dropItems(); }
    QAccessible::Role role() const override { return QAccessible::List; }
    QAccessible::State state() const override { return {}; }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return m_kind == ListKind::Rows ? ViewAccessible::tr("Connector: the rows side by side")
                                            : ViewAccessible::tr("Changes");
        if (t == QAccessible::Description && m_kind == ListKind::Rows)
            return ViewAccessible::tr(
                "Which passages of the two versions face each other, and how they differ.");
        return {};
    }
    QRect rect() const override
    {
        return m_view ? toScreen(m_view, m_view->viewport()->rect()) : QRect();
    }
    int childCount() const override
    {
        if (!m_view || !m_view->comparison())
            return 0;
        return m_kind == ListKind::Rows ? m_view->rowModel().rowCount()
                                        : int(m_view->comparison()->changes.size());
    }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        const ComparisonPtr comparison = m_view->comparison();
        if (m_for.lock() != comparison) {
            dropItems();
            m_for = comparison;
        }
        QAccessible::Id &id = m_items[index];
        if (id == 0)
            id = QAccessible::registerAccessibleInterface(
                new Item(m_view, m_kind, index, comparison));
        return QAccessible::accessibleInterface(id);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        if (!m_view || !m_view->comparison())
            return nullptr;
        const QPoint local = m_view->viewport()->mapFromGlobal(QPoint(x, y));
        if (m_kind == ListKind::Changes) {
            const int change = m_view->changeAt(local);
            return change >= 0 ? child(change) : nullptr;
        }
        const int row = m_view->geometry().rowAt(local.y() + m_view->verticalScrollBar()->value());
        return row >= 0 ? child(row) : nullptr;
    }

private:
    void dropItems() const
    {
        for (QAccessible::Id id : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(id);
        m_items.clear();
    }

    ListKind m_kind;
    mutable std::weak_ptr<const Comparison> m_for;
    mutable QHash<int, QAccessible::Id> m_items;
};

class ViewInterface final : public QAccessibleWidget
{
public:
    explicit ViewInterface(SideBySideView *view)
        : QAccessibleWidget(view, QAccessible::Pane)
    {
        const std::array<QAccessibleInterface *, 4> parts{
            new PaneTextPart(view, Left), new List(view, ListKind::Rows),
            new PaneTextPart(view, Right), new List(view, ListKind::Changes)};
        for (size_t i = 0; i < parts.size(); ++i)
            m_parts[i] = QAccessible::registerAccessibleInterface(parts[i]);
    }
    ~ViewInterface() override
    {
        for (QAccessible::Id id : m_parts)
            QAccessible::deleteAccessibleInterface(id);
    }
    SideBySideView *view() const { return static_cast<SideBySideView *>(widget()); }
    int childCount() const override { return ViewAccessible::ChildCount; }
    QAccessibleInterface *child(int index) const override
    {
        if (index >= 0 && index < int(m_parts.size()))
            return QAccessible::accessibleInterface(m_parts[size_t(index)]);
        if (index == ViewAccessible::ScrollBar)
            return QAccessible::queryAccessibleInterface(view()->verticalScrollBar());
        if (index == ViewAccessible::Overview) {
            for (QWidget *child : view()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
                if (child->inherits("Recension::Ui::OverviewStrip"))
                    return QAccessible::queryAccessibleInterface(child);
            }
        }
        return nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < ViewAccessible::ChildCount; ++i) {
            if (this->child(i) == child)
                return i;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i : {int(ViewAccessible::ScrollBar), int(ViewAccessible::Overview),
                      int(ViewAccessible::LeftText), int(ViewAccessible::RightText)}) {
            QAccessibleInterface *part = child(i);
            if (part && part->rect().contains(x, y))
                return part;
        }
        return rect().contains(x, y) ? child(ViewAccessible::Connector) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        if (!view()->hasFocus() || !view()->selection().hasCaret())
            return nullptr;
        return child(view()->selection().side() == Left ? ViewAccessible::LeftText
                                                        : ViewAccessible::RightText);
    }

private:
    std::array<QAccessible::Id, 4> m_parts{};
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Recension::Ui::SideBySideView") && object
        && object->isWidgetType())
        return new ViewInterface(static_cast<SideBySideView *>(object));
    return nullptr;
}

} // namespace

void ViewAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

void ViewAccessible::selectionChanged(SideBySideView *view)
{
    if (!QAccessible::isActive() || !view->selection().hasCaret())
        return;
    QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(view)->child(
        view->selection().side() == Left ? LeftText : RightText);
    QAccessibleTextInterface *text = pane ? pane->textInterface() : nullptr;
    if (!text)
        return;
    int start = 0;
    int end = 0;
    text->selection(0, &start, &end);
    QAccessibleTextSelectionEvent selection(pane, start, end);
    QAccessible::updateAccessibility(&selection);
    QAccessibleTextCursorEvent cursor(pane, text->cursorPosition());
    QAccessible::updateAccessibility(&cursor);
}

void ViewAccessible::comparisonChanged(SideBySideView *view)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(view, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&event);
}

} // namespace Recension::Ui
