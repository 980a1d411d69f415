#pragma once

#include "ui/view/palette.h"

#include <QWidget>

namespace Recension::Ui {

/// @brief Shows each category with a sample word drawn exactly as the view draws it
/// (colour and mark), plus the quotation mark, gaps and moved passages.
class LegendWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setColours(const Palette &palette);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// @brief The legend as lines of plain text (its accessible description).
    QString describe() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    QFont smallFont() const;
    static constexpr int ExtraRows = 2; // quotation, gap

    Palette m_palette;
};

} // namespace Recension::Ui
