// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace knead {

// The person's own routines on disk. Saved routines are files of one user pack,
// <user pack folder>/my-routines/routines/<id>.json, in exactly the documented format, so the
// pack validates, loads like any other and can be shared. Drafts (routines with problems)
// are kept outside every pack, in <data folder>/routine-drafts/<id>.json, where the loader
// never looks. Writes are atomic (QSaveFile); bundled routines are never written: editing one
// means saving a copy under a new id.
class UserRoutines
{
    Q_DECLARE_TR_FUNCTIONS(UserRoutines)

public:
    static constexpr auto kPackId = "my-routines";

    UserRoutines(QString packsFolder, QString draftsFolder);

    QString packsFolder() const { return m_packsFolder; }
    QString packRoot() const;
    QString draftsFolder() const { return m_draftsFolder; }
    QString routineFile(const QString& id) const;
    // A routine of the person's own pack, which the editor changes in place.
    static bool isOwn(const Routine& routine);

    // An id made from a name: lowercase letters, digits and hyphens ("Neck, evening!" ->
    // "neck-evening"); "my-routine" when nothing is left.
    static QString idFromName(const QString& name);
    // `wanted`, or `wanted-2`, `wanted-3`… : an id no loaded routine, saved file or draft has.
    QString freeId(const QString& wanted, const Content& content) const;
    // The id of a copy of `originalId`: my-<id>, made free.
    QString copyId(const QString& originalId, const Content& content) const;
    // A loaded routine as the editor holds it: step images relative to `packRoot` again.
    static Routine editable(const Routine& loaded, const QString& packRoot);

    struct Outcome
    {
        QString error; // empty on success, else what to tell the person
        QString path; // what was written
        bool ok() const { return error.isEmpty(); }
    };

    // Writes the routine (which must be valid) into the pack, creating the pack's manifest on
    // the first save; images it references are copied from `imageRoot` when missing. Removes
    // the routine's draft.
    Outcome save(const Routine& routine, const QString& imageRoot = {});

    struct Draft
    {
        Routine routine;
        bool isNew = true; // never saved into the pack
        bool safetyFromRedFlags = false;
        QDateTime saved;
    };
    Outcome saveDraft(const Draft& draft);
    std::optional<Draft> draft(const QString& id) const;
    QList<Draft> drafts() const; // newest first
    bool removeDraft(const QString& id);

    // What remove() took away, to put it back (undo).
    struct Removed
    {
        QString id;
        QString name;
        QByteArray file;
        QByteArray draft;
    };
    std::optional<Removed> remove(const QString& id, QString* error = nullptr);
    Outcome restore(const Removed& removed);

    struct ImportResult
    {
        QString error; // why nothing was imported
        QStringList routineIds; // routines added to the person's own pack
        QString packId; // a whole pack installed beside it
        QStringList notes; // e.g. a routine renamed because its id was taken
        QList<Diagnostic> diagnostics; // the loader's findings, errors and warnings
        bool ok() const { return error.isEmpty(); }
    };
    // A routine file, or a pack folder. Everything is checked by the loader against `content`
    // first, and nothing is copied when there is an error. A pack of routines exported from
    // Knead (id my-routines) joins the person's own pack; any other pack is copied into the
    // user pack folder as it is.
    ImportResult import(const QString& path, const Content& content);

    // One saved routine, as a small pack <folder>/<id>/ that validates on its own.
    Outcome exportRoutine(const QString& id, const QString& folder) const;
    // The whole pack, as <folder>/my-routines/.
    Outcome exportPack(const QString& folder) const;

private:
    struct Prepared
    {
        Routine routine;
        QString sourceRoot;
        QStringList notes;
    };
    std::optional<Prepared> prepareFile(
        const QString& path, const Content& content, QStringList& taken, ImportResult& result) const;
    QString ensureManifest() const;
    QString foreignPackError(const QString& root) const;

    QString m_packsFolder;
    QString m_draftsFolder;
};

} // namespace knead
