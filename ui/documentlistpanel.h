#pragma once

#include <QWidget>

#include <array>

class QListWidget;

namespace Recension {
class DocumentSet;
}

namespace Recension::Ui {

/// @brief The open versions of the article. Its context menu (and keys) pick a version
/// as the left or right side, or remove it; the pair being compared is marked.
class DocumentListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentListPanel(DocumentSet *documents, QWidget *parent = nullptr);

    /// @brief Marks the versions being compared (-1: none).
    void setPair(std::array<int, 2> pair);
    int currentIndex() const;
    QListWidget *list() const { return m_list; }

signals:
    void compareAsLeftRequested(int index);
    void compareAsRightRequested(int index);
    void removeRequested(int index);
    /// The family view of every open version was asked for.
    void familyViewRequested();

private:
    void refresh();

    DocumentSet *m_documents;
    QListWidget *m_list = nullptr;
    std::array<int, 2> m_pair{-1, -1};
};

} // namespace Recension::Ui
