#include "ui/family/familymatrixmodel.h"

#include "report/familytext.h"

namespace Recension::Ui {

FamilyMatrixModel::FamilyMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(Palette::make(ColourScheme::System, QPalette()))
{
}

void FamilyMatrixModel::setFamily(const FamilyPtr &family)
{
    beginResetModel();
    m_family = family;
    endResetModel();
}

void FamilyMatrixModel::setPalette(const Palette &palette)
{
    m_palette = palette;
    refreshAll();
}

void FamilyMatrixModel::setMarks(const FamilyMarks &marks)
{
    m_marks = marks;
    refreshAll();
}

void FamilyMatrixModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FamilyMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family ? 0 : int(m_family->versions.size());
}

int FamilyMatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

QVariant FamilyMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_family || !index.isValid())
        return {};
    const int a = index.row();
    const int b = index.column();
    if (a == b) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("\u2014");
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return tr("%1 against itself").arg(versionLabel(*m_family, a));
        case Qt::TextAlignmentRole:
            return Qt::AlignCenter;
        case BandRole:
            return -1;
        default:
            return {};
        }
    }
    const FamilyPair *pair = m_family->pair(a, b);
    if (!pair || !pair->comparison)
        return {};
    const double meaning = pair->comparison->similarity;
    const double wording = pair->comparison->wordsKept;
    const KeptBand band = keptBand(meaning, wording);
    const FamilyMarks::Tally marks = m_marks.pair(a, b);
    const QString sentence =
        keptSentence(versionLabel(*m_family, a), versionLabel(*m_family, b), meaning, wording)
        + (marks.isEmpty() ? QString() : QLatin1Char(' ') + tallySentence(marks));
    switch (role) {
    case Qt::DisplayRole: {
        const QString figures = keptBandGlyph(band) + QLatin1Char(' ') + keptPair(meaning, wording);
        return marks.isEmpty() ? figures : figures + QLatin1Char('\n') + tallySigns(marks);
    }
    case Qt::ToolTipRole:
        return sentence + QLatin1Char('\n') + tr("Click or press Enter to compare them side by side.");
    case Qt::AccessibleTextRole:
        return sentence;
    case Qt::BackgroundRole:
        return m_palette.keptBand[size_t(band)];
    case Qt::ForegroundRole:
        return m_palette.text;
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case BandRole:
        return int(band);
    default:
        return {};
    }
}

QVariant FamilyMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    Q_UNUSED(orientation)
    if (!m_family || section < 0 || section >= m_family->versions.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return section == m_family->base ? tr("V%1 (base)").arg(section + 1)
                                         : tr("V%1").arg(section + 1);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const DocumentPtr &doc = m_family->versions[section];
        return tr("%1: %2 (%3)").arg(versionLabel(*m_family, section), doc->title,
                                     verdictName(m_family->verdicts.value(section).kind));
    }
    default:
        return {};
    }
}

} // namespace Recension::Ui
