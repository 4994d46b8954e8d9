// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace knead {

// Where a pack comes from and how diagnostics should name it.
struct PackLocation
{
    QString root; // folder path, or ":/content" for the bundled pack
    QString displayRoot; // prefix for file names in diagnostics; defaults to `root`
};

// How packs are read: in which language, and whether every translation is checked.
struct LoadOptions
{
    // Most preferred first ("de-DE", "de"): the first a pack has a translation for is shown,
    // field by field over the original. Empty: the packs' own language.
    QStringList languages;
    // For --validate: every translation of every pack is checked (structure, completeness),
    // and none is applied.
    bool checkAllTranslations = false;
};

struct LoadResult
{
    Content content;
    QList<Diagnostic> diagnostics;

    qsizetype errorCount() const { return countErrors(diagnostics); }
};

// Loads packs in order into one Content. Never throws and never trusts its input: each file
// is parsed strictly (see StrictJson.h), each item is validated field by field, and an item
// with an error is left out while the rest of its pack still loads. Later packs may add
// items and replace earlier ones by id; each replacement is reported as a note.
class ContentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    static constexpr auto kBundledRoot = ":/content";

    static LoadResult load(const QList<PackLocation>& packs, const LoadOptions& options = {});
    // Loads more packs on top of what `result` holds: the user's packs after the bundled one.
    static void loadInto(LoadResult& result, const QList<PackLocation>& packs, const LoadOptions& options = {});
    // The languages to show content in, from the Settings choice (empty: the desktop's).
    static QStringList preferredLanguages(const QString& setting);

    // The bundled pack (compiled into Knead).
    static PackLocation bundledPack();
    // The folder of the person's own packs: <data folder>/packs, where XDG_DATA_HOME puts it.
    static QString userPackFolder();
    // The id a pack's manifest gives, read leniently (empty when there is none): to tell,
    // before loading, which installed pack a folder would replace.
    static QString packIdOf(const QString& root);
    // The folders under `packsRoot` (each one pack), sorted by name.
    static QList<PackLocation> userPacks(const QString& packsRoot = userPackFolder());

    // Checks one routine file's text as the loader would read it from a pack at `packRoot`
    // (for image references), against `content` for its references. The routine is returned
    // when it has no errors. Used by the routine editor, so it validates with these rules,
    // not a copy of them.
    struct RoutineCheck
    {
        std::optional<Routine> routine;
        QList<Diagnostic> diagnostics;
    };
    static RoutineCheck checkRoutine(
        const QByteArray& text, const QString& fileName, const Content& content, const QString& packRoot = {});
};

} // namespace knead
