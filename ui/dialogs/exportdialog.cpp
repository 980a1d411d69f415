#include "ui/dialogs/exportdialog.h"

#include "ui/window/backgroundload.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Recension::Ui {

namespace {

QString suffixOf(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Json: return QStringLiteral("json");
    case ReportFormat::Docx: return QStringLiteral("docx");
    }
    return QStringLiteral("pdf");
}

const char *const kFolderKey = "export/folder";

} // namespace

ExportDialog::ExportDialog(ComparisonPtr comparison, QWidget *parent)
    : QDialog(parent)
    , m_comparison(std::move(comparison))
{
    setWindowTitle(tr("Export Report"));
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF report"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML page (self-contained)"), int(ReportFormat::Html));
    m_format->addItem(tr("JSON (for scripts)"), int(ReportFormat::Json));
    m_format->addItem(tr("Word document with tracked changes"), int(ReportFormat::Docx));
    m_format->setAccessibleName(tr("Report format"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    m_paper->setAccessibleName(tr("Paper size"));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    m_full = new QRadioButton(tr("F&ull text of both versions"), this);
    m_changesOnly = new QRadioButton(tr("C&hanged passages only, with a sentence of context"), this);
    m_factsOnly = new QRadioButton(tr("Changes of f&act only; unchanged paragraphs folded"), this);
    m_changesTable = new QCheckBox(tr("Append the full &table of changes"), this);
    m_full->setChecked(true);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("File to write"));
    m_path->setMinimumWidth(360);
    auto *browse = new QToolButton(this);
    browse->setText(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the file to write"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("Content:"), m_full);
    form->addRow(QString(), m_changesOnly);
    form->addRow(QString(), m_factsOnly);
    form->addRow(QString(), m_changesTable);
    // Each mnemonic once: F Format, P Paper, U Full, H Changed, A fact, T table, S Save as,
    // B Browse, E Export, C Cancel. The file label's buddy is set by hand: a form row
    // whose field is a layout gets none.
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &ExportDialog::finished);
    m_path->setText(defaultPath(ReportFormat::Pdf));
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    // The worker holds the comparison, not the dialog; still, wait so that a closing
    // window never leaves a half-committed file behind.
    m_watcher.waitForFinished();
}

ReportFormat ExportDialog::format() const
{
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::defaultFolder()
{
    // The folder of the last export, else the user's documents: never the inputs' folder,
    // which may be a read-only archive or a shared folder others watch.
    const QString last = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString ExportDialog::defaultPath(ReportFormat format) const
{
    QString base = tr("comparison");
    if (m_comparison && m_comparison->documents[Left] && m_comparison->documents[Right]) {
        const QFileInfo left(m_comparison->documents[Left]->path);
        const QFileInfo right(m_comparison->documents[Right]->path);
        base = tr("%1-vs-%2").arg(left.completeBaseName(), right.completeBaseName());
    }
    return QDir(defaultFolder()).filePath(base + QLatin1Char('.') + suffixOf(format));
}

void ExportDialog::formatChanged()
{
    const ReportFormat chosen = format();
    m_paper->setEnabled(chosen == ReportFormat::Pdf);
    // Word gets the whole right version: its revisions are the changes, whatever the scope.
    const bool pages = chosen == ReportFormat::Pdf || chosen == ReportFormat::Html;
    m_full->setEnabled(pages);
    m_changesOnly->setEnabled(pages);
    m_factsOnly->setEnabled(pages);
    m_changesTable->setEnabled(pages);
    // Keep the name the user chose, with the suffix of the new format.
    const QFileInfo current(path());
    if (!current.fileName().isEmpty())
        m_path->setText(current.dir().filePath(current.completeBaseName() + QLatin1Char('.')
                                               + suffixOf(chosen)));
}

void ExportDialog::browse()
{
    const QString filters[] = {tr("PDF files (*.pdf)"), tr("HTML files (*.html *.htm)"),
                               tr("JSON files (*.json)"), tr("Word documents (*.docx)")};
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Report"), path(), filters[m_format->currentIndex()]);
    if (chosen.isEmpty())
        return;
    // The file dialog asks before replacing an existing file.
    m_confirmedPath = chosen;
    m_path->setText(chosen);
}

void ExportDialog::startExport()
{
    const QString target = path();
    m_message->setVisible(false);
    if (!m_comparison || target.isEmpty() || m_watcher.isRunning())
        return;
    if (isComparedFile(*m_comparison, target)) {
        m_message->setText(tr("%1 is one of the compared versions; choose another file.")
                               .arg(QFileInfo(target).fileName()));
        m_message->setVisible(true);
        return;
    }
    if (QFileInfo::exists(target) && target != m_confirmedPath) {
        const auto answer = QMessageBox::question(
            this, tr("Export Report"),
            tr("%1 already exists. Replace it?").arg(QFileInfo(target).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    ReportOptions options;
    options.paper = static_cast<PaperSize>(m_paper->currentData().toInt());
    options.scope = m_factsOnly->isChecked() ? ReportScope::FactChanges
        : m_changesOnly->isChecked()        ? ReportScope::ChangesOnly
                                            : ReportScope::FullText;
    options.changesTable = m_changesTable->isChecked();
    options.generated = QDateTime::currentDateTimeUtc();
    options.marks = m_marks;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    for (QAbstractButton *button : m_buttons->buttons())
        button->setEnabled(false);

    const QPointer<QProgressBar> bar = m_progress;
    const ReportProgress progress = [bar](int done, int total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar) {
                bar->setRange(0, total);
                bar->setValue(done);
            }
        }, Qt::QueuedConnection);
    };
    const ComparisonPtr comparison = m_comparison;
    const ReportFormat chosen = format();
    m_watcher.setFuture(QtConcurrent::run(windowPool(), [comparison, chosen, options, target, progress] {
        QString error;
        exportReport(*comparison, chosen, options, target, progress, &error);
        return error;
    }));
}

void ExportDialog::finished()
{
    const QString error = m_watcher.result();
    const QString target = path();
    m_progress->setVisible(false);
    for (QAbstractButton *button : m_buttons->buttons())
        button->setEnabled(true);
    emit exportFinished(error.isEmpty(), target);
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->setVisible(true);
        return;
    }
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(target).absolutePath());
    accept();
}

} // namespace Recension::Ui
