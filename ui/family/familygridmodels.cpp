#include "ui/family/familygridmodels.h"

#include "report/familytext.h"
#include "report/reportstrings.h"

namespace Recension::Ui {

namespace {

QVector<int> otherVersions(const FamilyPtr &family)
{
    QVector<int> columns;
    if (!family)
        return columns;
    for (int i = 0; i < family->versions.size(); ++i)
        if (i != family->base)
            columns.append(i);
    return columns;
}

const QuoteCell *cellOf(const QuoteRow &row, int version)
{
    for (const QuoteCell &cell : row.cells)
        if (cell.version == version)
            return &cell;
    return nullptr;
}

const FactCell *cellOf(const FactRow &row, int version)
{
    for (const FactCell &cell : row.cells)
        if (cell.version == version)
            return &cell;
    return nullptr;
}

QVariant versionHeader(const FamilyPtr &family, int version, int role)
{
    if (!family || version < 0)
        return {};
    if (role == Qt::DisplayRole)
        return versionLabel(*family, version);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(family->versions[version]->title,
                                            verdictName(family->verdicts.value(version).kind));
    return {};
}

/// A cell's text with the signs of its marks before it; its tooltip with their notes after.
QString withMarks(const QString &text, const QVector<PlacedMark> &marks, int role)
{
    if (marks.isEmpty())
        return text;
    return role == Qt::DisplayRole ? markSigns(marks) + QLatin1Char(' ') + text
                                   : text + QLatin1Char('\n') + markLines(marks);
}

void refresh(QAbstractItemModel *model)
{
    if (model->rowCount() > 0 && model->columnCount() > 0)
        emit model->dataChanged(model->index(0, 0),
                                model->index(model->rowCount() - 1, model->columnCount() - 1));
}

} // namespace

QuoteGridModel::QuoteGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
}

void QuoteGridModel::setFamily(const FamilyPtr &family)
{
    beginResetModel();
    m_family = family;
    m_columns = otherVersions(family);
    endResetModel();
}

void QuoteGridModel::setMarks(const FamilyMarks &marks)
{
    m_marks = marks;
    refresh(this);
}

int QuoteGridModel::versionAt(int column) const
{
    return m_columns.value(column - FirstVersionColumn, -1);
}

int QuoteGridModel::baseRows() const
{
    return m_family ? int(m_family->quotes.size()) : 0;
}

int QuoteGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family
        ? 0 : int(m_family->quotes.size() + m_family->copyQuotes.size());
}

int QuoteGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family ? 0 : FirstVersionColumn + int(m_columns.size());
}

QVariant QuoteGridModel::quoteData(int rowIndex, int column, int role) const
{
    const QuoteRow &row = m_family->quotes[rowIndex];
    if (column == QuotationColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.text) : QVariant();
    if (column == SpeakerColumn)
        return role == Qt::DisplayRole ? QVariant(row.speaker.isEmpty() ? tr("not known") : row.speaker)
                                       : QVariant();
    const QuoteCell *cell = cellOf(row, versionAt(column));
    if (!cell)
        return {};
    const QVector<PlacedMark> marks = m_marks.quote(rowIndex, cell->version);
    switch (role) {
    case Qt::DisplayRole:
        return withMarks(quoteCellText(*cell), marks, role);
    case Qt::ToolTipRole: {
        QString tip = quoteCellText(*cell);
        if (!cell->text.isEmpty())
            tip += QStringLiteral("\n\u201c%1\u201d").arg(cell->text);
        if (!cell->speaker.isEmpty())
            tip += QLatin1Char('\n') + tr("Speaker: %1").arg(cell->speaker);
        return withMarks(tip, marks, role);
    }
    case Qt::BackgroundRole:
        switch (cell->status) {
        case QuoteStatus::Altered: return m_palette.fill(Category::Replaced);
        case QuoteStatus::Unquoted: return m_palette.fill(Category::Punctuation);
        case QuoteStatus::Missing: return m_palette.fill(Category::Deleted);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant QuoteGridModel::copyQuoteData(const CopyQuote &quote, int column, int role) const
{
    if (column == QuotationColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole
            ? QVariant(tr("only in copies: %1").arg(quote.text)) : QVariant();
    if (column == SpeakerColumn)
        return role == Qt::DisplayRole ? QVariant(quote.speaker.isEmpty() ? tr("not known") : quote.speaker)
                                       : QVariant();
    const bool has = quote.versions.contains(versionAt(column));
    if (role == Qt::DisplayRole)
        return has ? tr("has it") : tr("\u2014 not there");
    if (role == Qt::BackgroundRole && has)
        return m_palette.fill(Category::Inserted);
    return {};
}

QVariant QuoteGridModel::data(const QModelIndex &index, int role) const
{
    if (!m_family || !index.isValid())
        return {};
    if (role == Qt::AccessibleTextRole)
        role = Qt::ToolTipRole;
    const int row = index.row();
    if (row < m_family->quotes.size())
        return quoteData(row, index.column(), role);
    return copyQuoteData(m_family->copyQuotes.value(row - m_family->quotes.size()), index.column(), role);
}

QVariant QuoteGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_family)
        return {};
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole)
            return {};
        return section < baseRows() ? tr("Q%1").arg(section + 1)
                                    : tr("+%1").arg(section - baseRows() + 1);
    }
    if (section == QuotationColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Quotation in the base")) : QVariant();
    if (section == SpeakerColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Speaker")) : QVariant();
    return versionHeader(m_family, versionAt(section), role);
}

FactGridModel::FactGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
}

void FactGridModel::setFamily(const FamilyPtr &family)
{
    beginResetModel();
    m_family = family;
    m_columns = otherVersions(family);
    endResetModel();
}

void FactGridModel::setMarks(const FamilyMarks &marks)
{
    m_marks = marks;
    refresh(this);
}

int FactGridModel::versionAt(int column) const
{
    return m_columns.value(column - FirstVersionColumn, -1);
}

int FactGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family ? 0 : int(m_family->facts.size());
}

int FactGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family ? 0 : FirstVersionColumn + int(m_columns.size());
}

QVariant FactGridModel::data(const QModelIndex &index, int role) const
{
    if (!m_family || !index.isValid() || index.row() >= m_family->facts.size())
        return {};
    const FactRow &row = m_family->facts[index.row()];
    if (role == Qt::AccessibleTextRole)
        role = Qt::DisplayRole;
    if (index.column() == KindColumn)
        return role == Qt::DisplayRole ? QVariant(factKindName(row.kind)) : QVariant();
    if (index.column() == BaseColumn)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.text) : QVariant();
    const FactCell *cell = cellOf(row, versionAt(index.column()));
    if (!cell)
        return {};
    const QVector<PlacedMark> marks = m_marks.fact(index.row(), cell->version);
    switch (role) {
    case Qt::DisplayRole:
        return withMarks(factCellText(*cell), marks, role);
    case Qt::ToolTipRole:
        return withMarks(tr("%1 in the base; %2").arg(row.text, factCellText(*cell)), marks, role);
    case Qt::BackgroundRole:
        switch (cell->status) {
        case FactStatus::Changed: return m_palette.fill(row.kind == FactKind::Number ? Category::Number
                                                                                   : Category::Name);
        case FactStatus::Missing: return m_palette.fill(Category::Deleted);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant FactGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_family || orientation == Qt::Vertical)
        return {};
    if (section == KindColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Kind")) : QVariant();
    if (section == BaseColumn)
        return role == Qt::DisplayRole ? QVariant(tr("In the base")) : QVariant();
    return versionHeader(m_family, versionAt(section), role);
}

} // namespace Recension::Ui
