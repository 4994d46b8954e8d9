// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Favourites.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace knead {

// What the library shows: a text query and the narrowing filters, all combinable.
struct LibraryFilter
{
    enum class Kind { All, Techniques, Routines };
    // Routine lengths; any bucket but Any hides techniques, which have no length.
    enum class Duration { Any, UpTo5Minutes, From5To15Minutes, Over15Minutes };

    QString query;
    Kind kind = Kind::All;
    QString regionId; // empty: any region
    std::optional<Pressure> pressure;
    Duration duration = Duration::Any;
    QString toolId; // empty: any tool
    bool favouritesOnly = false;

    // True when anything besides the query narrows the list.
    bool narrows() const;
    friend bool operator==(const LibraryFilter&, const LibraryFilter&) = default;
};

// Start and length of matched text, in UTF-16 code units of the original string.
using TextRanges = QList<std::pair<int, int>>;

// Case- and accent-insensitive form of text for searching: NFKD, combining marks dropped,
// case folded. "Pétrissage" and "PETRISSAGE" both fold to "petrissage".
QString foldForSearch(QStringView text);
// The folded words of a query; every one of them must match.
QStringList searchWords(QStringView query);
// Whether a routine's length (in seconds) falls in the bucket.
bool durationInBucket(int seconds, LibraryFilter::Duration bucket);

// The routine a technique page offers to start: the one that spends the largest share of its
// timed length on the technique (by step count when a routine has no timed steps), then the
// one with the most steps of it, then the first in content order. Null when none uses it.
const Routine* bestRoutineForTechnique(const Content& content, const QString& techniqueId);

// The library list: every technique, then every routine, in content order, narrowed by a
// LibraryFilter and, with a query, ranked by where the words match (name prefix, name,
// alias, summary, description). Search texts are folded once per reload, so a keystroke
// only scans them.
class LibraryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(ItemKind)
        IdRole,
        NameRole,
        SummaryRole,
        RegionsRole, // QStringList; for routines also the regions of their steps
        PressureRole, // QString, e.g. "light–medium"
        DurationSecondsRole, // int; 0 for techniques
        ToolsRole, // QStringList; for routines the tools of all steps
        FavouriteRole, // bool
        NameHighlightsRole, // QVariantList of QPoint(start, length) into the name
        SummaryHighlightsRole,
        MatchedAliasRole, // QString: an alias that a query word matched when the name did not
        DescriptionMatchRole, // QString: words around a match found only in the description
    };

    // `favourites` may be null (no favourites; the favourites-only filter then shows nothing).
    explicit LibraryModel(const Content& content, const Favourites* favourites = nullptr, QObject* parent = nullptr);

    const LibraryFilter& filter() const { return m_filter; }
    void setFilter(const LibraryFilter& filter);
    void setQuery(const QString& query);
    // Reads the Content again after it changed (packs loaded, a routine saved).
    void reload();

    ItemKind kind(int row) const;
    QString id(int row) const;
    int rowOf(ItemKind kind, const QString& id) const; // -1 when not shown
    TextRanges nameHighlights(int row) const;
    TextRanges summaryHighlights(int row) const;
    // The first alias matching a query word that the name does not contain, so a list can say
    // why an item is there ("also called knot release"); empty when there is none.
    QString matchedAlias(int row) const;
    // When a query word is found neither in the name, an alias nor the summary: a few words
    // of the description around it ("…slow circles at the temples…"), to say why it is here.
    QString descriptionMatch(int row) const;

    // What the filter choices can offer: regions in content order, tools known ones first.
    const QStringList& regionIds() const { return m_presentRegions; }
    const QStringList& toolIds() const { return m_presentTools; }
    int techniqueCount() const { return int(m_content.techniques().size()); }
    int routineCount() const { return int(m_content.routines().size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        ItemKind kind = ItemKind::Technique;
        qsizetype index = 0; // into the Content's list of its kind
        // Folded name, aliases, summary and description in UTF-8, separated by line breaks;
        // the name ends at byte nameEnd and the summary spans bytes [summaryStart, summaryEnd).
        std::string text;
        qsizetype nameEnd = 0;
        qsizetype summaryStart = 0;
        qsizetype summaryEnd = 0;
        QStringList regions; // its own and, for routines, its steps'
        QStringList tools;
        unsigned pressures = 0;
        int seconds = 0;
        bool favourite = false;
    };

    void rebuild();
    void apply();
    void refreshFavourites();
    const Item* itemAt(int row) const;
    TextRanges highlights(const QString& original) const;
    std::vector<bool> favouriteFlags() const;

    const Content& m_content;
    const Favourites* m_favourites = nullptr;
    LibraryFilter m_filter;

    std::vector<Item> m_items;
    QHash<QString, int> m_techniqueItems;
    QHash<QString, int> m_routineItems;
    QStringList m_presentRegions;
    QStringList m_presentTools;
    QStringList m_words;
    std::vector<int> m_rows; // visible row -> item
    std::vector<int> m_itemRow; // item -> visible row or -1
};

} // namespace knead
