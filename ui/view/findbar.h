#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Recension::Ui {

/// @brief The find bar under the columns: a text field, previous/next and a match count.
/// Enter finds the next match, Shift+Enter the previous, Escape closes the bar.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    /// @brief Shows the bar and puts the cursor in its field, text selected.
    void activate();
    void setMatches(int count, int current);
    QLineEdit *field() const { return m_field; }

signals:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Recension::Ui
