// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QList>
#include <QString>

namespace knead {

// Where a pack comes from and how diagnostics should name it.
struct PackLocation
{
    QString root;        // folder path, or ":/content" for the bundled pack
    QString displayRoot; // prefix for file names in diagnostics; defaults to `root`
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
public:
    static LoadResult load(const QList<PackLocation>& packs);

    // The folders under `packsRoot` (each one pack), sorted by name.
    static QList<PackLocation> userPacks(const QString& packsRoot);
};

} // namespace knead
