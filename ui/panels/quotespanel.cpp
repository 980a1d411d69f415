#include "ui/panels/quotespanel.h"

#include "ui/view/changestyle.h"
#include "ui/window/comparisonstatus.h"
#include "ui/panels/tableselection.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

#include <functional>

namespace Recension::Ui {

namespace {

enum class Column { Number, Status, Speaker, LeftText, RightText, Similarity };
constexpr int ColumnCount = 6;
constexpr int StatusRole = Qt::UserRole + 1; ///< int: QuoteStatus
constexpr int SortRole = Qt::UserRole + 2;

QString statusName(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Verbatim: return QuotesPanel::tr("verbatim");
    case QuoteStatus::Altered: return QuotesPanel::tr("altered");
    case QuoteStatus::Missing: return QuotesPanel::tr("missing");
    case QuoteStatus::Added: return QuotesPanel::tr("added");
    case QuoteStatus::Unquoted: return QuotesPanel::tr("unquoted");
    }
    return {};
}

QString statusDescription(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Verbatim:
        return QuotesPanel::tr("Quoted word for word (case, quote style and punctuation aside).");
    case QuoteStatus::Altered: return QuotesPanel::tr("Quoted with words changed.");
    case QuoteStatus::Missing: return QuotesPanel::tr("Only the left version has this quotation.");
    case QuoteStatus::Added: return QuotesPanel::tr("Only the right version has this quotation.");
    case QuoteStatus::Unquoted:
        return QuotesPanel::tr("The words survive in the right version, but no longer as a quotation.");
    }
    return {};
}

/// Where each paragraph of a span begins in the span's text as Comparison::spanText()
/// joins it (paragraphs separated by one character).
int offsetInSpan(const Comparison &c, Side side, const Span &span, int paragraph, int offset)
{
    if (paragraph == span.paragraph)
        return offset - span.start;
    const auto &paragraphs = c.documents[side]->paragraphs;
    int at = int(paragraphs[span.paragraph].text.size()) - span.start + 1;
    for (int p = span.paragraph + 1; p < paragraph; ++p)
        at += int(paragraphs[p].text.size()) + 1;
    return at + offset;
}

} // namespace

/// @brief The quotations of a comparison, one per row; row r is Comparison::quotes[r].
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit QuoteTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    {
    }

    void setComparison(const ComparisonPtr &comparison)
    {
        beginResetModel();
        m_comparison = comparison;
        m_texts.clear();
        if (comparison) {
            for (const Quote &quote : comparison->quotes) {
                std::array<QString, 2> texts;
                for (int side = 0; side < 2; ++side) {
                    // One character for one: offsets into the span stay true.
                    texts[side] = comparison->spanText(Side(side), quote.sides[side]);
                    texts[side].replace(QLatin1Char('\n'), QLatin1Char(' '));
                }
                m_texts.append(texts);
            }
        }
        endResetModel();
    }
    ComparisonPtr comparison() const { return m_comparison; }

    /// The changed stretches of a quotation's text on one side, in that text's offsets.
    QVector<MarkRange> marks(int row, Side side) const
    {
        QVector<MarkRange> out;
        if (!m_comparison || row < 0 || row >= m_comparison->quotes.size())
            return out;
        const Quote &quote = m_comparison->quotes[row];
        const Span &span = quote.sides[side];
        if (span.isNull())
            return out;
        const int length = int(m_texts[row][side].size());
        for (int id : quote.changes) {
            if (id < 1 || id > m_comparison->changes.size())
                continue;
            const Change &change = m_comparison->changes[id - 1];
            const Span &s = change.sides[side];
            if (s.isNull() || s.paragraph < span.paragraph || s.paragraph > span.lastParagraph())
                continue;
            MarkRange m;
            m.start = std::clamp(offsetInSpan(*m_comparison, side, span, s.paragraph, s.start), 0, length);
            m.end = std::clamp(offsetInSpan(*m_comparison, side, span, s.paragraph, s.end), 0, length);
            m.category = change.category;
            m.inQuote = false; // every word here is quoted: the overline would say nothing
            if (m.end > m.start)
                out.append(m);
        }
        return out;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_comparison ? 0 : int(m_comparison->quotes.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || !m_comparison || index.row() >= m_comparison->quotes.size())
            return {};
        const Quote &quote = m_comparison->quotes[index.row()];
        const auto column = Column(index.column());
        switch (role) {
        case StatusRole:
            return int(quote.status);
        case SortRole:
            if (column == Column::Number)
                return index.row();
            if (column == Column::Similarity)
                return quote.similarity;
            if (column == Column::Status)
                return int(quote.status);
            return data(index, Qt::DisplayRole);
        case Qt::ToolTipRole:
            if (column == Column::Status)
                return statusDescription(quote.status);
            if (column == Column::LeftText || column == Column::RightText)
                return data(index, Qt::DisplayRole);
            return {};
        case Qt::TextAlignmentRole:
            if (column == Column::Number || column == Column::Similarity)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::AccessibleTextRole:
        case Qt::DisplayRole:
            switch (column) {
            case Column::Number: return index.row() + 1;
            case Column::Status: return statusName(quote.status);
            case Column::Speaker:
                return quote.speaker.isEmpty() ? (role == Qt::AccessibleTextRole ? tr("unknown speaker") : QString())
                                               : quote.speaker;
            case Column::LeftText: return m_texts[index.row()][Left];
            case Column::RightText: return m_texts[index.row()][Right];
            case Column::Similarity:
                return ComparisonStatus::percent(quote.similarity,
                                                 quote.status == QuoteStatus::Altered);
            }
            return {};
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (Column(section)) {
        case Column::Number: return tr("#");
        case Column::Status: return tr("Status");
        case Column::Speaker: return tr("Speaker");
        case Column::LeftText: return tr("Left quotation");
        case Column::RightText: return tr("Right quotation");
        case Column::Similarity: return tr("Wording kept");
        }
        return {};
    }

private:
    ComparisonPtr m_comparison;
    QVector<std::array<QString, 2>> m_texts; ///< per quotation: each side's text on one line
};

/// @brief Lets through the quotations of one status, or all.
class QuoteFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuoteFilterProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
    }

    void setStatus(int status)
    {
        if (m_status == status)
            return;
        m_status = status;
        invalidateFilter();
    }

    int quoteAt(int proxyRow) const
    {
        if (proxyRow < 0 || proxyRow >= rowCount())
            return -1;
        return mapToSource(index(proxyRow, 0)).row();
    }
    int rowOfQuote(int quoteIndex) const
    {
        if (!sourceModel() || quoteIndex < 0 || quoteIndex >= sourceModel()->rowCount())
            return -1;
        const QModelIndex mapped = mapFromSource(sourceModel()->index(quoteIndex, 0));
        return mapped.isValid() ? mapped.row() : -1;
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_status < 0)
            return true;
        return sourceModel()->index(sourceRow, 0, sourceParent).data(StatusRole).toInt() == m_status;
    }

private:
    int m_status = -1; ///< a QuoteStatus, or -1 for all
};

namespace {

/// Paints a quotation's text on one line with its changed words marked as the
/// side-by-side view marks them (fill, underline or box per category).
class MarkedTextDelegate final : public QStyledItemDelegate
{
public:
    using Marks = std::function<QVector<MarkRange>(const QModelIndex &)>;

    MarkedTextDelegate(Marks marks, const Palette *palette, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_marks(std::move(marks))
        , m_palette(palette)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
        const QVector<MarkRange> marks = m_marks(index);
        QTextLayout layout(text, opt.font);
        layout.setFormats(ChangeStyle::formatRanges(marks, *m_palette));
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(1e6);
        layout.endLayout();

        painter->save();
        painter->setClipRect(rect);
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
        const qreal height = line.isValid() ? line.height() : 0;
        const QPointF origin(rect.left(), rect.top() + (rect.height() - height) / 2);
        layout.draw(painter, origin);
        ChangeStyle::paintMarks(*painter, layout, origin, marks, *m_palette);
        painter->restore();
    }

private:
    Marks m_marks;
    const Palette *m_palette;
};

} // namespace

QuotesPanel::QuotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QuoteTableModel(this))
    , m_proxy(new QuoteFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Show quotations of status"));
    m_status->addItem(tr("All quotations"), -1);
    for (int s = 0; s < QuoteStatusCount; ++s)
        m_status->addItem(statusName(QuoteStatus(s)), s);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of quotations shown"));

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Quotations"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setAccessibleDescription(tr("Each quotation of either version, its speaker and what became of it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(Column::Number), Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::LeftText), QHeaderView::Stretch);
    header->setSectionResizeMode(int(Column::RightText), QHeaderView::Stretch);
    header->resizeSection(int(Column::Number), 40);
    header->resizeSection(int(Column::Status), 90);
    header->resizeSection(int(Column::Speaker), 120);
    header->resizeSection(int(Column::Similarity), 80);

    m_palette = Palette::make(ColourScheme::System, palette());
    const auto marks = [this](Side side) {
        return [this, side](const QModelIndex &index) {
            return m_model->marks(m_proxy->mapToSource(index).row(), side);
        };
    };
    m_table->setItemDelegateForColumn(int(Column::LeftText),
                                      new MarkedTextDelegate(marks(Left), &m_palette, this));
    m_table->setItemDelegateForColumn(int(Column::RightText),
                                      new MarkedTextDelegate(marks(Right), &m_palette, this));

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toInt());
        updateCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit quoteActivated(m_proxy->quoteAt(current.row()));
            });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit quoteActivated(m_proxy->quoteAt(index.row()));
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setTabOrder(m_status, m_table);
    updateCounts();
}

void QuotesPanel::setComparison(const ComparisonPtr &comparison)
{
    m_comparison = comparison;
    m_model->setComparison(comparison);
    const auto counts = comparison ? comparison->countByQuoteStatus()
                                   : std::array<int, QuoteStatusCount>{};
    m_status->setItemText(0, tr("All quotations (%1)").arg(comparison ? comparison->quotes.size() : 0));
    for (int s = 0; s < QuoteStatusCount; ++s)
        m_status->setItemText(s + 1, tr("%1 (%2)").arg(statusName(QuoteStatus(s))).arg(counts[s]));
    updateCounts();
}

void QuotesPanel::setColours(const Palette &palette)
{
    m_palette = palette;
    m_table->viewport()->update();
}

void QuotesPanel::setStatusFilter(std::optional<QuoteStatus> status)
{
    m_status->setCurrentIndex(status ? int(*status) + 1 : 0);
}

int QuotesPanel::currentQuote() const
{
    const int row = selectedRow(m_table);
    return row < 0 ? -1 : m_proxy->quoteAt(row);
}

void QuotesPanel::setCurrentQuote(int quoteIndex)
{
    if (quoteIndex == currentQuote())
        return;
    selectRow(m_table, m_proxy->rowOfQuote(quoteIndex));
}

int QuotesPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void QuotesPanel::updateCounts()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n quotation(s)", nullptr, all)
                                  : tr("%1 of %n quotation(s)", nullptr, all).arg(shown));
}

} // namespace Recension::Ui

#include "quotespanel.moc"
