#pragma once

#include "document/document.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Recension::Ui {

/// @brief Edits where a version was published: outlet, URL, publication date and the date
/// the copy was taken. Dates are ISO 8601 (a date, or a date and time); an empty field means
/// not known.
class ProvenanceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProvenanceDialog(const Document &document, QWidget *parent = nullptr);

    Provenance provenance() const;
    QLineEdit *field(int row) const;
    /// @brief True for an empty text or an ISO 8601 date or date-time.
    static bool isDate(const QString &text);

private:
    void validate();

    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_published = nullptr;
    QLineEdit *m_retrieved = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Recension::Ui
