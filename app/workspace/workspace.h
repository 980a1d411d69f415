#pragma once

#include "compare/comparison.h"
#include "document/documentloader.h"
#include "workspace/comparisoncache.h"
#include "workspace/reviewmarks.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <array>

namespace Recension {

class ComparisonRunner;
class DocumentSet;
class VersionWatcher;

/// @brief The versions of one story and what is shown of them: the base, the pair compared
/// side by side with the comparison that shows it, the comparison options, and every
/// pairwise comparison, computed on demand on a thread pool and cached (ComparisonCache).
///
/// Invariants: the pair shown and its comparison change together, once a request's
/// comparison is ready (at once from the cache); until then the previous pair stays shown
/// whole, and cancelling the request leaves it so, options included. Every label, pane,
/// evidence and export reads the pair from here. Documents are immutable values: an edit
/// of provenance or a reload replaces one with a changed copy, and the pair, the base and
/// the comparison shown follow the copy.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// @brief The versions, in the user's order. Change them through the workspace only;
    /// listen to versionsChanged() rather than to the set, whose signals come mid-change.
    const DocumentSet *documents() const { return m_documents; }
    int count() const;
    DocumentPtr at(int index) const;
    int indexOf(const DocumentPtr &document) const;

    /// @brief Appends a version; the first two become the pair (the base on the left).
    int addDocument(const DocumentPtr &document);
    /// @brief Appends a version pasted by the user, keeping its text (a session holds it:
    /// a pasted version has no file to read again).
    int addPasted(const DocumentPtr &document, const QString &text);
    /// @brief The text of a pasted version; a null string for a version read from a file.
    QString pastedText(int index) const;
    bool hasPastedVersions() const { return !m_pasted.isEmpty(); }
    /// @brief Removes every version and mark; the options stay.
    void clear();
    /// @brief Removes a version; a side that showed it takes another version if one is left.
    bool removeDocument(int index);
    /// @brief Moves a version in the list (as QList::move); nothing shown changes.
    bool moveDocument(int from, int to);
    /// @brief Replaces a version's provenance (an edit kept by the workspace, not the file).
    bool setProvenance(int index, const Provenance &provenance);
    /// @brief Puts `fresh` (the same file read again) in place of a version, keeping the
    /// provenance the workspace holds; a pair showing it is compared again.
    bool replaceWithReload(int index, const DocumentPtr &fresh);
    /// @brief Reads a version's file again (synchronously) and replaces it; the error, if any.
    QString reloadDocument(int index, const LoadOptions &options);

    /// @brief The version the others are read against (the source); -1 when none is open.
    int base() const;
    bool setBase(int index);

    /// @brief Indices of the versions shown on each side (-1: none).
    std::array<int, 2> pair() const;
    std::array<DocumentPtr, 2> pairDocuments() const { return m_shown.documents; }
    /// @brief The comparison that shows the pair; null while a side is empty or none is ready.
    ComparisonPtr comparison() const { return m_shown.comparison; }
    /// @brief Asks to show two versions side by side; same index on both sides is refused.
    bool requestPair(int left, int right);
    /// @brief Puts `index` on `side`; the version the other side shows swaps sides instead.
    bool chooseVersion(Side side, int index);
    void swapSides();
    /// @brief The versions of the request being compared (null sides when none).
    std::array<DocumentPtr, 2> requestedDocuments() const { return m_request.documents; }
    bool isComparing() const;
    /// @brief Stops the request being compared; what is shown stays as it was.
    void cancel();

    /// @brief The options of the comparison shown, or of the request being compared.
    CompareOptions options() const { return m_request.active ? m_request.options : m_shown.options; }
    /// @brief Compares the pair again under new options (from the cache if it has them).
    void setOptions(const CompareOptions &options);

    /// @brief The review marks; their version indices follow moves and removals.
    const ReviewMarks &marks() const { return m_marks; }
    void setMarks(const ReviewMarks &marks);

    ComparisonRunner *runner() const { return m_runner; }
    const ComparisonCache &cache() const { return m_cache; }
    /// @brief The comparison of any two versions under the current options: at once from the
    /// cache, else null and computed on the thread pool, then comparisonReady().
    ComparisonPtr comparisonOf(int left, int right);
    /// @brief Keeps a comparison made elsewhere (the family view's) in the cache, so that
    /// showing its pair needs no new run; ignored unless made under the current options.
    void adoptComparison(const ComparisonPtr &comparison);

    /// @brief How long file changes on disk settle before they are checked (milliseconds).
    void setFileSettleTime(int milliseconds);

signals:
    /// The list changed: a version added, removed, moved, retitled, its provenance or base.
    void versionsChanged();
    /// The pair shown and its comparison changed (together).
    void pairChanged();
    /// A request started comparing (requestedDocuments()).
    void comparisonStarted();
    void progressChanged(int done, int total);
    /// A request was cancelled; the pair shown (and the options) are those before it.
    void comparisonCancelled();
    void optionsChanged(const Recension::CompareOptions &options);
    /// A comparison asked of comparisonOf() is ready.
    void comparisonReady(int left, int right, const Recension::ComparisonPtr &comparison);
    /// A version's file changed on disk since it was loaded.
    void versionChangedOnDisk(int index);
    void marksChanged();

private:
    struct Shown
    {
        std::array<DocumentPtr, 2> documents;
        ComparisonPtr comparison;
        CompareOptions options;
    };
    struct Request
    {
        bool active = false;
        std::array<DocumentPtr, 2> documents;
        CompareOptions options;
    };

    /// Shows `documents` under `options`: from the cache, at once when a side is empty, else
    /// through the runner.
    void request(const std::array<DocumentPtr, 2> &documents, const CompareOptions &options);
    void show(const std::array<DocumentPtr, 2> &documents, const ComparisonPtr &comparison,
              const CompareOptions &options);
    void onFinished(const ComparisonPtr &comparison);
    void onCancelled();
    /// Replaces `before` by `after` wherever the state holds it.
    void substitute(const DocumentPtr &before, const DocumentPtr &after);
    void computeInBackground(const DocumentPtr &left, const DocumentPtr &right);

    DocumentSet *m_documents;
    ComparisonRunner *m_runner;
    VersionWatcher *m_watcher;
    ComparisonCache m_cache;
    DocumentPtr m_base;
    ReviewMarks m_marks;
    QHash<const Document *, QString> m_pasted; ///< pasted versions' texts
    Shown m_shown;
    Request m_request;
    QSet<QByteArray> m_computing; ///< keys of comparisonOf() jobs running
    QThreadPool m_pool;           ///< comparisonOf()'s jobs
};

} // namespace Recension
