#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Recension {
class Workspace;
}

namespace Recension::Ui {

/// @brief The open versions of the story, as the workspace holds them. Each row names the
/// version (outlet and file) and says in words which is the base and which sides show it.
/// Its context menu, keys and buttons compare a version as the left or right side, make
/// it the base, edit its provenance, or remove it.
class DocumentListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentListPanel(Workspace *workspace, QWidget *parent = nullptr);

    int currentIndex() const;
    QListWidget *list() const { return m_list; }
    QPushButton *baseButton() const { return m_baseButton; }
    QPushButton *provenanceButton() const { return m_provenanceButton; }
    QPushButton *familyButton() const { return m_familyButton; }
    /// @brief The text of a version's row: "label  (base, left)".
    static QString rowText(const Workspace &workspace, int index);
    /// @brief Opens the provenance dialog for a version and keeps the edit in the workspace.
    void editProvenance(int index);

signals:
    void removeRequested(int index);
    /// The family view of every open version was asked for.
    void familyViewRequested();

private:
    void refresh();
    void updateButtons();

    Workspace *m_workspace;
    QListWidget *m_list = nullptr;
    QPushButton *m_baseButton = nullptr;
    QPushButton *m_provenanceButton = nullptr;
    QPushButton *m_familyButton = nullptr;
};

} // namespace Recension::Ui
