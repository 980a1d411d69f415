#include "workspace/workspace.h"

#include "document/documentset.h"
#include "workspace/comparisonrunner.h"
#include "workspace/versionwatcher.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Recension {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_documents(new DocumentSet(this))
    , m_runner(new ComparisonRunner(this))
    , m_watcher(new VersionWatcher(this))
{
    // The engine fans out on the global pool, which these outer jobs must not occupy.
    m_pool.setMaxThreadCount(1);
    connect(m_runner, &ComparisonRunner::progressChanged, this, &Workspace::progressChanged);
    connect(m_runner, &ComparisonRunner::finished, this, &Workspace::onFinished);
    connect(m_runner, &ComparisonRunner::cancelled, this, &Workspace::onCancelled);
    connect(m_watcher, &VersionWatcher::fileChanged, this, [this](const QString &path) {
        for (int i = 0; i < count(); ++i) {
            if (at(i)->path == path)
                emit versionChangedOnDisk(i);
        }
    });
}

Workspace::~Workspace()
{
    m_pool.clear(); // jobs not started yet are dropped; the one running is waited for
    m_pool.waitForDone();
}

int Workspace::count() const
{
    return m_documents->count();
}

DocumentPtr Workspace::at(int index) const
{
    return m_documents->at(index);
}

int Workspace::indexOf(const DocumentPtr &document) const
{
    return document ? m_documents->indexOf(document) : -1;
}

void Workspace::setFileSettleTime(int milliseconds)
{
    m_watcher->setSettleTime(milliseconds);
}

int Workspace::addDocument(const DocumentPtr &document)
{
    const int index = m_documents->add(document);
    if (index < 0)
        return index;
    m_watcher->watch(document->path, document->sha256);
    if (!m_base)
        m_base = document;
    emit versionsChanged();
    std::array<DocumentPtr, 2> pair = m_request.active ? m_request.documents : m_shown.documents;
    if (!pair[Left] || !pair[Right]) {
        // The first two versions open are compared, the base on the left.
        QVector<DocumentPtr> candidates{m_base};
        candidates += m_documents->documents();
        for (Side side : {Left, Right}) {
            for (const DocumentPtr &candidate : std::as_const(candidates)) {
                if (!pair[side] && candidate != pair[otherSide(side)])
                    pair[side] = candidate;
            }
        }
        request(pair, options());
    }
    return index;
}

int Workspace::addPasted(const DocumentPtr &document, const QString &text)
{
    if (document)
        m_pasted.insert(document.get(), text);
    const int index = addDocument(document);
    if (index < 0 && document)
        m_pasted.remove(document.get());
    return index;
}

QString Workspace::pastedText(int index) const
{
    const DocumentPtr document = at(index);
    return document ? m_pasted.value(document.get()) : QString();
}

void Workspace::clear()
{
    m_runner->cancel();
    m_request = {};
    for (const DocumentPtr &document : m_documents->documents())
        m_watcher->unwatch(document->path);
    m_documents->clear();
    m_pasted.clear();
    m_base.reset();
    const bool hadMarks = !m_marks.isEmpty();
    m_marks.clear();
    show({}, nullptr, m_shown.options);
    emit versionsChanged();
    if (hadMarks)
        emit marksChanged();
}

void Workspace::setMarks(const ReviewMarks &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    emit marksChanged();
}

bool Workspace::removeDocument(int index)
{
    const DocumentPtr gone = at(index);
    if (!gone || !m_documents->remove(index))
        return false;
    m_pasted.remove(gone.get());
    const bool hadMarks = !m_marks.isEmpty();
    m_marks.removeVersion(index);
    bool pathOpen = false;
    bool shaOpen = false;
    for (const DocumentPtr &doc : m_documents->documents()) {
        pathOpen = pathOpen || doc->path == gone->path;
        shaOpen = shaOpen || doc->sha256 == gone->sha256;
    }
    if (!pathOpen)
        m_watcher->unwatch(gone->path);
    if (!shaOpen)
        m_cache.forget(gone->sha256);
    if (m_base == gone)
        m_base = at(0);

    const CompareOptions wantedOptions = options();
    std::array<DocumentPtr, 2> wanted = m_request.active ? m_request.documents : m_shown.documents;
    const bool shown = m_shown.documents[Left] == gone || m_shown.documents[Right] == gone;
    const bool touched = shown || wanted[Left] == gone || wanted[Right] == gone;
    if (touched) {
        // What showed the version goes at once (nothing can bring it back); an emptied
        // side takes another open version, compared as any request.
        std::array<DocumentPtr, 2> kept = m_shown.documents;
        for (auto *sides : {&wanted, &kept}) {
            for (DocumentPtr &side : *sides) {
                if (side == gone)
                    side.reset();
            }
        }
        m_runner->cancel();
        m_request = {};
        if (shown)
            show(kept, nullptr, m_shown.options);
        for (Side side : {Left, Right}) {
            for (int i = 0; !wanted[side] && i < count(); ++i) {
                if (at(i) != wanted[otherSide(side)])
                    wanted[side] = at(i);
            }
        }
    }
    emit versionsChanged();
    if (hadMarks)
        emit marksChanged();
    if (touched)
        request(wanted, wantedOptions);
    return true;
}

bool Workspace::moveDocument(int from, int to)
{
    if (!m_documents->move(from, to))
        return false;
    if (from == to)
        return true;
    // Marks name versions by index: renumber them as QList::move does.
    const auto moved = [from, to](int index) {
        if (index == from)
            return to;
        if (from < to && index > from && index <= to)
            return index - 1;
        if (to < from && index >= to && index < from)
            return index + 1;
        return index;
    };
    ReviewMarks renumbered;
    for (ReviewMark mark : m_marks.marks()) {
        mark.versions = {moved(mark.versions[0]), moved(mark.versions[1])};
        renumbered.append(mark);
    }
    const bool hadMarks = !m_marks.isEmpty();
    m_marks = renumbered;
    emit versionsChanged();
    if (hadMarks)
        emit marksChanged();
    return true;
}

bool Workspace::setProvenance(int index, const Provenance &provenance)
{
    const DocumentPtr before = at(index);
    if (!before)
        return false;
    if (before->provenance == provenance)
        return true;
    auto copy = std::make_shared<Document>(*before);
    copy->provenance = provenance;
    if (m_pasted.contains(before.get()))
        m_pasted.insert(copy.get(), m_pasted.take(before.get()));
    m_documents->replace(index, copy);
    substitute(before, copy);
    emit versionsChanged();
    return true;
}

bool Workspace::replaceWithReload(int index, const DocumentPtr &fresh)
{
    const DocumentPtr before = at(index);
    if (!before || !fresh)
        return false;
    auto copy = std::make_shared<Document>(*fresh);
    copy->provenance = before->provenance;
    const DocumentPtr after = copy;
    if (m_pasted.contains(before.get()))
        m_pasted.insert(after.get(), m_pasted.take(before.get()));
    m_documents->replace(index, after);
    m_watcher->unwatch(before->path);
    m_watcher->watch(after->path, after->sha256);
    if (m_base == before)
        m_base = after;

    const CompareOptions wantedOptions = options();
    std::array<DocumentPtr, 2> wanted = m_request.active ? m_request.documents : m_shown.documents;
    std::array<DocumentPtr, 2> kept = m_shown.documents;
    const bool shown = kept[Left] == before || kept[Right] == before;
    const bool touched = shown || wanted[Left] == before || wanted[Right] == before;
    for (auto *sides : {&wanted, &kept}) {
        for (DocumentPtr &side : *sides) {
            if (side == before)
                side = after;
        }
    }
    if (touched) {
        // The text shown is no longer the file's: the pane empties until the new
        // comparison is ready.
        m_runner->cancel();
        m_request = {};
        if (shown)
            show(kept, nullptr, m_shown.options);
    }
    emit versionsChanged();
    if (touched)
        request(wanted, wantedOptions);
    return true;
}

QString Workspace::reloadDocument(int index, const LoadOptions &options)
{
    const DocumentPtr before = at(index);
    if (!before)
        return {};
    const LoadResult result = loadDocument(before->path, options);
    if (!result.ok())
        return result.error;
    replaceWithReload(index, result.document);
    return {};
}

int Workspace::base() const
{
    return indexOf(m_base);
}

bool Workspace::setBase(int index)
{
    const DocumentPtr document = at(index);
    if (!document)
        return false;
    if (document != m_base) {
        m_base = document;
        emit versionsChanged();
    }
    return true;
}

std::array<int, 2> Workspace::pair() const
{
    return {indexOf(m_shown.documents[Left]), indexOf(m_shown.documents[Right])};
}

bool Workspace::requestPair(int left, int right)
{
    const std::array<DocumentPtr, 2> documents{at(left), at(right)};
    if (documents[Left] && documents[Left] == documents[Right])
        return false;
    request(documents, options());
    return true;
}

bool Workspace::chooseVersion(Side side, int index)
{
    const DocumentPtr chosen = at(index);
    if (!chosen)
        return false;
    // The pair as the user last asked for it: a request being compared counts.
    std::array<DocumentPtr, 2> documents = m_request.active ? m_request.documents
                                                            : m_shown.documents;
    if (documents[side] == chosen)
        return true;
    if (documents[otherSide(side)] == chosen)
        std::swap(documents[Left], documents[Right]);
    else
        documents[side] = chosen;
    request(documents, options());
    return true;
}

void Workspace::swapSides()
{
    std::array<DocumentPtr, 2> documents = m_request.active ? m_request.documents
                                                            : m_shown.documents;
    std::swap(documents[Left], documents[Right]);
    request(documents, options());
}

bool Workspace::isComparing() const
{
    return m_request.active;
}

void Workspace::cancel()
{
    if (m_request.active)
        m_runner->cancel();
}

void Workspace::setOptions(const CompareOptions &options)
{
    if (options == this->options())
        return;
    const std::array<DocumentPtr, 2> documents =
        m_request.active ? m_request.documents : m_shown.documents;
    request(documents, options);
    emit optionsChanged(options);
}

void Workspace::request(const std::array<DocumentPtr, 2> &documents,
                        const CompareOptions &options)
{
    if (documents == m_shown.documents && options == m_shown.options
        && (m_shown.comparison || !documents[Left] || !documents[Right])) {
        // Back to what is shown: a request under way is abandoned.
        if (m_request.active) {
            m_runner->cancel();
            m_request = {};
            emit comparisonCancelled();
        }
        return;
    }
    if (!documents[Left] || !documents[Right]) {
        m_runner->cancel();
        m_request = {};
        show(documents, nullptr, options);
        return;
    }
    if (const ComparisonPtr cached = m_cache.find(documents[Left], documents[Right], options)) {
        m_runner->cancel();
        m_request = {};
        show(documents, cached, options);
        return;
    }
    m_request = {true, documents, options};
    m_runner->start(documents[Left], documents[Right], options);
    emit comparisonStarted();
}

void Workspace::show(const std::array<DocumentPtr, 2> &documents, const ComparisonPtr &comparison,
                     const CompareOptions &options)
{
    m_shown = {documents, comparison, options};
    emit pairChanged();
}

void Workspace::onFinished(const ComparisonPtr &comparison)
{
    if (!m_request.active)
        return;
    const Request done = std::exchange(m_request, {});
    // The documents may have been edited (provenance) while the comparison ran.
    auto bound = std::make_shared<Comparison>(*comparison);
    bound->documents = done.documents;
    bound->options = done.options;
    m_cache.insert(bound);
    show(done.documents, bound, done.options);
}

void Workspace::onCancelled()
{
    if (!m_request.active)
        return;
    const Request abandoned = std::exchange(m_request, {});
    if (abandoned.options != m_shown.options)
        emit optionsChanged(m_shown.options);
    emit comparisonCancelled();
}

void Workspace::substitute(const DocumentPtr &before, const DocumentPtr &after)
{
    if (m_base == before)
        m_base = after;
    for (DocumentPtr &side : m_request.documents) {
        if (side == before)
            side = after;
    }
    bool shown = false;
    for (DocumentPtr &side : m_shown.documents) {
        if (side == before) {
            side = after;
            shown = true;
        }
    }
    if (shown)
        m_shown.comparison = ComparisonCache::rebind(m_shown.comparison, m_shown.documents);
}

ComparisonPtr Workspace::comparisonOf(int left, int right)
{
    const DocumentPtr l = at(left);
    const DocumentPtr r = at(right);
    if (!l || !r || l == r)
        return nullptr;
    const CompareOptions current = options();
    if (const ComparisonPtr cached = m_cache.find(l, r, current))
        return cached;
    computeInBackground(l, r);
    return nullptr;
}

void Workspace::adoptComparison(const ComparisonPtr &comparison)
{
    if (comparison
        && ComparisonCache::fingerprint(comparison->options) == ComparisonCache::fingerprint(options()))
        m_cache.insert(comparison);
}

void Workspace::computeInBackground(const DocumentPtr &left, const DocumentPtr &right)
{
    const CompareOptions current = options();
    const QByteArray key = ComparisonCache::key(*left, *right, current);
    if (m_computing.contains(key))
        return;
    m_computing.insert(key);
    const CompareFunction compare = m_runner->compareFunction();
    auto *watcher = new QFutureWatcher<ComparisonPtr>(this);
    connect(watcher, &QFutureWatcher<ComparisonPtr>::finished, this,
            [this, watcher, key, left, right, current] {
                watcher->deleteLater();
                m_computing.remove(key);
                const ComparisonPtr result = watcher->result();
                if (!result)
                    return;
                auto bound = std::make_shared<Comparison>(*result);
                bound->options = current;
                m_cache.insert(bound);
                // The versions may have moved, or been edited, while it ran.
                for (int l = 0; l < count(); ++l) {
                    for (int r = 0; r < count(); ++r) {
                        if (l != r && at(l)->sha256 == left->sha256
                            && at(r)->sha256 == right->sha256)
                            emit comparisonReady(l, r, m_cache.find(at(l), at(r), current));
                    }
                }
            });
    watcher->setFuture(QtConcurrent::run(&m_pool,
                                         [compare, left, right, current] {
                                             return compare(left, right, current, {});
                                         }));
}

} // namespace Recension
