#include "workspace/workspacesession.h"

#include "document/documentset.h"
#include "document/localpath.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Recension {

SessionData sessionOf(const Workspace &workspace)
{
    SessionData session;
    for (int i = 0; i < workspace.count(); ++i) {
        const Document &doc = *workspace.at(i);
        SessionVersion version;
        version.text = workspace.pastedText(i);
        if (version.text.isNull())
            version.path = QFileInfo(localPath(doc.path)).absoluteFilePath();
        version.sha256 = doc.sha256;
        version.title = doc.title;
        version.language = doc.language;
        version.outlet = doc.provenance.outlet;
        version.url = doc.provenance.url;
        version.published = doc.provenance.published;
        version.retrieved = doc.provenance.retrieved;
        session.versions.append(version);
    }
    session.base = workspace.base();
    session.options = workspace.options();
    session.pair = workspace.pair();
    session.marks = workspace.marks();
    return session;
}

QStringList restoreSession(Workspace &workspace, const SessionData &session,
                           const LoadOptions &options, const FileLoader &loadFiles,
                           const DocumentPreparer &prepare)
{
    QStringList files;
    for (const SessionVersion &version : session.versions) {
        if (!version.isPasted())
            files << version.path;
    }
    QVector<LoadResult> loadedFiles;
    if (loadFiles) {
        loadedFiles = loadFiles(files, options);
    } else {
        for (const QString &path : std::as_const(files))
            loadedFiles << loadDocument(path, options);
    }

    workspace.clear();
    workspace.setOptions(session.options);
    QStringList errors;
    QVector<int> indexOfVersion(session.versions.size(), -1);
    ReviewMarks marks = session.marks;
    int nextFile = 0;
    int pasted = 0;
    for (int v = 0; v < session.versions.size(); ++v) {
        const SessionVersion &version = session.versions[v];
        LoadResult result;
        if (version.isPasted()) {
            //: the name of a pasted version restored from a session
            const QString name = QCoreApplication::translate("Recension::Workspace",
                                                             "Pasted text %1").arg(++pasted);
            result = documentFromText(version.text, name, options);
        } else {
            result = loadedFiles.value(nextFile++);
        }
        if (!result.ok()) {
            errors << (result.error.isEmpty() ? version.path : result.error);
            continue;
        }
        const bool prepared = loadFiles && !version.isPasted();
        auto document = std::make_shared<Document>(
            *(prepare && !prepared ? prepare(result.document) : result.document));
        document->provenance = {version.outlet, version.url, version.published, version.retrieved};
        if (!version.language.isEmpty())
            document->language = version.language;
        indexOfVersion[v] = version.isPasted() ? workspace.addPasted(document, version.text)
                                               : workspace.addDocument(document);
    }
    // Marks name versions by their place in the session: drop the failed ones' (last first,
    // so the indices still to do stay true).
    for (int v = int(session.versions.size()) - 1; v >= 0; --v) {
        if (indexOfVersion[v] < 0)
            marks.removeVersion(v);
    }
    workspace.setMarks(marks);
    workspace.setBase(indexOfVersion.value(session.base, 0));
    const int left = indexOfVersion.value(session.pair[Left], -1);
    const int right = indexOfVersion.value(session.pair[Right], -1);
    if (left >= 0 && right >= 0)
        workspace.requestPair(left, right);
    return errors;
}

} // namespace Recension
