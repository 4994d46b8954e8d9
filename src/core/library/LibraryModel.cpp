// SPDX-License-Identifier: MIT
#include "LibraryModel.h"

#include <QPoint>

#include <algorithm>
#include <cstring>

namespace knead {

namespace {

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// Folds `text` character by character, handing each folded piece to `sink` with the index
// in `text` of the character it came from, so matches in folded text can be shown on the
// original.
template<typename Sink> void fold(QStringView text, Sink&& sink)
{
    for (qsizetype i = 0; i < text.size();) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            // Most content is ASCII; keep the slow Unicode path for the rest.
            const char16_t lower = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            sink(QStringView(&lower, 1), i);
            ++i;
            continue;
        }
        const qsizetype width
            = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        const QString folded
            = text.sliced(i, width).toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (qsizetype j = 0; j < folded.size();) {
            char32_t cp = folded[j].unicode();
            qsizetype n = 1;
            if (folded[j].isHighSurrogate() && j + 1 < folded.size() && folded[j + 1].isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(folded[j], folded[j + 1]);
                n = 2;
            }
            if (!isMark(cp))
                sink(QStringView(folded).sliced(j, n), i);
            j += n;
        }
        i += width;
    }
}

} // namespace

namespace {

unsigned pressureBit(Pressure p)
{
    return 1u << unsigned(p);
}

// Where the earliest hit of a word lies decides its rank: the folded fields are stored in
// rank order, so the first hit is always in the best field.
enum Tier { NamePrefix = 0, NameContains = 1, Alias = 2, Summary = 3, Description = 4 };

// Where `word` first occurs in `text`, in bytes, or -1. UTF-8 never matches a character's
// middle, and glibc's memmem scans several bytes a step: over 20,000 folded items the bench's
// slowest keystrokes (p95) took 6 ms this way, against 16 ms with QString::indexOf on UTF-16.
qsizetype find(std::string_view text, const QByteArray& word)
{
    const void* at = memmem(text.data(), text.size(), word.constData(), size_t(word.size()));
    return at ? static_cast<const char*>(at) - text.data() : -1;
}

} // namespace

bool LibraryFilter::narrows() const
{
    return kind != Kind::All || !regionId.isEmpty() || pressure.has_value() || duration != Duration::Any
        || !toolId.isEmpty() || favouritesOnly;
}

QString foldForSearch(QStringView text)
{
    QString out;
    out.reserve(text.size());
    fold(text, [&out](QStringView piece, qsizetype) { out.append(piece); });
    return out;
}

QStringList searchWords(QStringView query)
{
    const QString folded = foldForSearch(query);
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        // Control characters separate words too, so a word can never span the separators
        // between the folded fields.
        const bool separator = i == folded.size() || folded[i].isSpace() || folded[i].unicode() < 0x20;
        if (separator) {
            if (start >= 0)
                words.append(folded.sliced(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    return words;
}

bool durationInBucket(int seconds, LibraryFilter::Duration bucket)
{
    switch (bucket) {
    case LibraryFilter::Duration::Any:
        return true;
    case LibraryFilter::Duration::UpTo5Minutes:
        return seconds <= 5 * 60;
    case LibraryFilter::Duration::From5To15Minutes:
        return seconds > 5 * 60 && seconds <= 15 * 60;
    case LibraryFilter::Duration::Over15Minutes:
        return seconds > 15 * 60;
    }
    return true;
}

const Routine* bestRoutineForTechnique(const Content& content, const QString& techniqueId)
{
    const Routine* best = nullptr;
    // Shares are compared as fractions (num / den) so that equal shares tie exactly.
    qint64 bestNum = 0;
    qint64 bestDen = 1;
    int bestSteps = 0;
    for (const Routine& routine : content.routines()) {
        int steps = 0;
        qint64 seconds = 0;
        qint64 timed = 0;
        for (const Step& step : routine.steps) {
            timed += step.durationSeconds;
            if (step.technique == techniqueId) {
                ++steps;
                seconds += step.durationSeconds;
            }
        }
        if (steps == 0)
            continue;
        const qint64 num = timed > 0 ? seconds : steps;
        const qint64 den = timed > 0 ? timed : qint64(routine.steps.size());
        const qint64 lhs = num * bestDen;
        const qint64 rhs = bestNum * den;
        if (!best || lhs > rhs || (lhs == rhs && steps > bestSteps)) {
            best = &routine;
            bestNum = num;
            bestDen = den;
            bestSteps = steps;
        }
    }
    return best;
}

LibraryModel::LibraryModel(const Content& content, const Favourites* favourites, QObject* parent)
    : QAbstractListModel(parent)
    , m_content(content)
    , m_favourites(favourites)
{
    if (m_favourites)
        connect(m_favourites, &Favourites::changed, this, &LibraryModel::refreshFavourites);
    rebuild();
    apply();
}

void LibraryModel::rebuild()
{
    m_items.clear();
    m_techniqueItems.clear();
    m_routineItems.clear();
    m_presentRegions.clear();
    m_presentTools.clear();

    const QList<Technique>& techniques = m_content.techniques();
    const QList<Routine>& routines = m_content.routines();
    m_items.reserve(size_t(techniques.size() + routines.size()));

    QStringList regionsPresent;
    QStringList toolsInOrder;
    // The folded fields, one after another in rank order and separated by a line break
    // (never part of a search word), so the first hit of a word is in its best field.
    auto addText = [](Item& item, const QString& name, const QStringList& aliases, const QString& summary,
                       const QString& description) {
        QByteArray utf8 = foldForSearch(name).toUtf8();
        item.nameEnd = utf8.size();
        for (const QString& alias : aliases)
            utf8 += '\n' + foldForSearch(alias).toUtf8();
        utf8 += '\n';
        item.summaryStart = utf8.size();
        utf8 += foldForSearch(summary).toUtf8();
        item.summaryEnd = utf8.size();
        utf8 += '\n' + foldForSearch(description).toUtf8();
        item.text.assign(utf8.constData(), size_t(utf8.size()));
    };
    auto addTags = [&](Item& item, const QStringList& regions, const QStringList& tools) {
        for (const QString& region : regions) {
            if (!item.regions.contains(region))
                item.regions.append(region);
            if (!regionsPresent.contains(region))
                regionsPresent.append(region);
        }
        for (const QString& tool : tools) {
            if (!item.tools.contains(tool))
                item.tools.append(tool);
            if (!toolsInOrder.contains(tool))
                toolsInOrder.append(tool);
        }
    };

    for (qsizetype i = 0; i < techniques.size(); ++i) {
        const Technique& t = techniques[i];
        Item item;
        item.kind = ItemKind::Technique;
        item.index = i;
        addText(item, t.name, t.aliases + t.originalNames, t.summary, t.description); // found by either language
        addTags(item, t.regions, t.tools);
        for (Pressure p : t.pressure.levels())
            item.pressures |= pressureBit(p);
        m_techniqueItems.insert(t.id, int(m_items.size()));
        m_items.push_back(std::move(item));
    }
    for (qsizetype i = 0; i < routines.size(); ++i) {
        const Routine& r = routines[i];
        Item item;
        item.kind = ItemKind::Routine;
        item.index = i;
        addText(item, r.name, r.originalNames, r.summary, r.description);
        QStringList regions = r.regions;
        for (const Step& step : r.steps) {
            if (!step.region.isEmpty() && !regions.contains(step.region))
                regions.append(step.region);
            item.pressures |= pressureBit(step.pressure);
        }
        addTags(item, regions, r.toolIds(m_content));
        item.seconds = r.totalSeconds();
        m_routineItems.insert(r.id, int(m_items.size()));
        m_items.push_back(std::move(item));
    }

    for (const Region& region : m_content.regions()) {
        if (regionsPresent.contains(region.id))
            m_presentRegions.append(region.id);
    }
    for (const QString& tool : knownToolIds()) {
        if (toolsInOrder.contains(tool))
            m_presentTools.append(tool);
    }
    for (const QString& tool : std::as_const(toolsInOrder)) {
        if (!isKnownTool(tool))
            m_presentTools.append(tool);
    }

    const std::vector<bool> favourites = favouriteFlags();
    for (size_t i = 0; i < m_items.size(); ++i)
        m_items[i].favourite = favourites[i];

    m_rows.clear();
    m_itemRow.assign(m_items.size(), -1);
}

void LibraryModel::reload()
{
    beginResetModel();
    rebuild();
    m_rows.clear();
    endResetModel();
    apply();
}

void LibraryModel::setFilter(const LibraryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    apply();
}

void LibraryModel::setQuery(const QString& query)
{
    LibraryFilter next = m_filter;
    next.query = query;
    setFilter(next);
}

void LibraryModel::apply()
{
    const QStringList words = searchWords(m_filter.query);
    const bool wordsChanged = words != m_words;
    m_words = words;
    std::vector<QByteArray> utf8Words;
    utf8Words.reserve(size_t(words.size()));
    for (const QString& word : words)
        utf8Words.push_back(word.toUtf8());

    const unsigned pressure = m_filter.pressure ? pressureBit(*m_filter.pressure) : 0;
    const bool wantTechniques
        = m_filter.kind != LibraryFilter::Kind::Routines && m_filter.duration == LibraryFilter::Duration::Any;
    const bool wantRoutines = m_filter.kind != LibraryFilter::Kind::Techniques;

    std::vector<std::pair<int, int>> scored; // (score, item)
    scored.reserve(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        if (item.kind == ItemKind::Technique ? !wantTechniques : !wantRoutines)
            continue;
        if (item.kind == ItemKind::Routine && !durationInBucket(item.seconds, m_filter.duration))
            continue;
        if (!m_filter.regionId.isEmpty() && !item.regions.contains(m_filter.regionId))
            continue;
        if (!m_filter.toolId.isEmpty() && !item.tools.contains(m_filter.toolId))
            continue;
        if (pressure != 0 && (item.pressures & pressure) == 0)
            continue;
        if (m_filter.favouritesOnly && !item.favourite)
            continue;
        int score = 0;
        bool all = true;
        for (const QByteArray& word : utf8Words) {
            const qsizetype at = find(item.text, word);
            if (at < 0) {
                all = false;
                break;
            }
            score += at == 0             ? NamePrefix
                : at < item.nameEnd      ? NameContains
                : at < item.summaryStart ? Alias
                : at < item.summaryEnd   ? Summary
                                         : Description;
        }
        if (all)
            scored.emplace_back(score, int(i));
    }
    // Items are unique, so sorting by (score, item) keeps ties in content order.
    if (!m_words.isEmpty())
        std::sort(scored.begin(), scored.end());

    std::vector<int> rows;
    rows.reserve(scored.size());
    for (const auto& [score, item] : scored)
        rows.push_back(item);

    if (rows != m_rows) {
        // Resetting costs the view a relayout, so it only happens when the rows differ.
        beginResetModel();
        for (int item : m_rows)
            m_itemRow[size_t(item)] = -1;
        m_rows = std::move(rows);
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_itemRow[size_t(m_rows[row])] = int(row);
        endResetModel();
    } else if (wordsChanged && !m_rows.empty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {NameHighlightsRole, SummaryHighlightsRole});
    }
}

std::vector<bool> LibraryModel::favouriteFlags() const
{
    std::vector<bool> flags(m_items.size(), false);
    if (!m_favourites)
        return flags;
    for (const QString& key : m_favourites->keys()) {
        const qsizetype colon = key.indexOf(QLatin1Char(':'));
        const QStringView kind = QStringView(key).left(colon);
        const QString id = key.mid(colon + 1);
        const QHash<QString, int>& table = kind == QLatin1String("technique") ? m_techniqueItems : m_routineItems;
        const auto it = table.constFind(id);
        if (it != table.constEnd())
            flags[size_t(*it)] = true;
    }
    return flags;
}

void LibraryModel::refreshFavourites()
{
    const std::vector<bool> now = favouriteFlags();
    bool changedAny = false;
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].favourite == now[i])
            continue;
        m_items[i].favourite = now[i];
        changedAny = true;
        const int row = m_itemRow[i];
        if (row >= 0 && !m_filter.favouritesOnly)
            Q_EMIT dataChanged(index(row), index(row), {FavouriteRole});
    }
    if (changedAny && m_filter.favouritesOnly)
        apply();
}

const LibraryModel::Item* LibraryModel::itemAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return nullptr;
    return &m_items[size_t(m_rows[size_t(row)])];
}

ItemKind LibraryModel::kind(int row) const
{
    const Item* item = itemAt(row);
    return item ? item->kind : ItemKind::Technique;
}

QString LibraryModel::id(int row) const
{
    const Item* item = itemAt(row);
    if (!item)
        return {};
    return item->kind == ItemKind::Technique ? m_content.techniques()[item->index].id
                                             : m_content.routines()[item->index].id;
}

int LibraryModel::rowOf(ItemKind kind, const QString& id) const
{
    const QHash<QString, int>& table = kind == ItemKind::Technique ? m_techniqueItems : m_routineItems;
    const auto it = table.constFind(id);
    return it == table.constEnd() ? -1 : m_itemRow[size_t(*it)];
}

TextRanges LibraryModel::highlights(const QString& original) const
{
    TextRanges ranges;
    if (m_words.isEmpty())
        return ranges;
    // Folded again on demand: only the rows on screen ask, so the map of folded to original
    // positions need not be kept for every item.
    QString folded;
    QList<int> map;
    folded.reserve(original.size());
    map.reserve(original.size());
    fold(original, [&](QStringView piece, qsizetype from) {
        folded.append(piece);
        for (qsizetype k = 0; k < piece.size(); ++k)
            map.append(int(from));
    });
    for (const QString& word : m_words) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            const int start = map[at];
            const int last = map[at + word.size() - 1];
            const int end = last + (original.at(last).isHighSurrogate() ? 2 : 1);
            ranges.append({start, end - start});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    TextRanges merged;
    for (const auto& [start, length] : std::as_const(ranges)) {
        if (!merged.isEmpty() && start <= merged.last().first + merged.last().second) {
            auto& last = merged.last();
            last.second = std::max(last.second, start + length - last.first);
        } else {
            merged.append({start, length});
        }
    }
    return merged;
}

TextRanges LibraryModel::nameHighlights(int row) const
{
    const Item* item = itemAt(row);
    if (!item)
        return {};
    return highlights(item->kind == ItemKind::Technique ? m_content.techniques()[item->index].name
                                                        : m_content.routines()[item->index].name);
}

TextRanges LibraryModel::summaryHighlights(int row) const
{
    const Item* item = itemAt(row);
    if (!item)
        return {};
    return highlights(item->kind == ItemKind::Technique ? m_content.techniques()[item->index].summary
                                                        : m_content.routines()[item->index].summary);
}

QString LibraryModel::matchedAlias(int row) const
{
    const Item* item = itemAt(row);
    if (!item || item->kind != ItemKind::Technique || m_words.isEmpty())
        return {};
    const Technique& t = m_content.techniques()[item->index];
    const QString name = foldForSearch(t.name);
    for (const QString& word : m_words) {
        if (name.contains(word))
            continue;
        for (const QString& alias : t.aliases) {
            if (foldForSearch(alias).contains(word))
                return alias;
        }
    }
    return {};
}

QString LibraryModel::descriptionMatch(int row) const
{
    const Item* item = itemAt(row);
    if (!item || m_words.isEmpty())
        return {};
    const std::string_view shown = std::string_view(item->text).substr(0, size_t(item->summaryEnd));
    for (const QString& word : std::as_const(m_words)) {
        if (find(shown, word.toUtf8()) >= 0) // in the name, an alias or the summary
            continue;
        const QString& description = item->kind == ItemKind::Technique ? m_content.techniques()[item->index].description
                                                                       : m_content.routines()[item->index].description;
        // Fold the description with a map back to the original, as highlights() does.
        QString folded;
        QList<qsizetype> map;
        fold(description, [&](QStringView piece, qsizetype from) {
            folded.append(piece);
            for (qsizetype k = 0; k < piece.size(); ++k)
                map.append(from);
        });
        const qsizetype at = folded.indexOf(word);
        if (at < 0)
            continue;
        // About eight words either side, cut at spaces, on one line.
        const qsizetype start = map[at];
        qsizetype from = std::max<qsizetype>(0, start - 40);
        qsizetype to = std::min<qsizetype>(description.size(), start + word.size() + 40);
        while (from > 0 && !description[from - 1].isSpace())
            --from;
        while (to < description.size() && !description[to].isSpace())
            ++to;
        QString excerpt = description.mid(from, to - from).simplified();
        if (from > 0)
            excerpt.prepend(QChar(0x2026));
        if (to < description.size())
            excerpt.append(QChar(0x2026));
        return excerpt;
    }
    return {};
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

namespace {

QVariantList toVariant(const TextRanges& ranges)
{
    QVariantList out;
    out.reserve(ranges.size());
    for (const auto& [start, length] : ranges)
        out.append(QPoint(start, length));
    return out;
}

} // namespace

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    const Item* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const bool isTechnique = item->kind == ItemKind::Technique;
    const Technique* t = isTechnique ? &m_content.techniques()[item->index] : nullptr;
    const Routine* r = isTechnique ? nullptr : &m_content.routines()[item->index];

    // In the order the filters offer them: regions head to feet, known tools first.
    auto inOrder = [](const QStringList& order, const QStringList& ids) {
        QStringList out;
        for (const QString& id : order) {
            if (ids.contains(id))
                out.append(id);
        }
        return out;
    };
    auto pressure = [&] {
        PressureSet set;
        for (Pressure p : {Pressure::Light, Pressure::Medium, Pressure::Firm}) {
            if (item->pressures & pressureBit(p))
                set.add(p);
        }
        return pressureSetLabel(set);
    };

    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return isTechnique ? t->name : r->name;
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: name, kind, length or pressure, summary.
        if (isTechnique) {
            return item->favourite
                ? tr("%1, technique, %2 pressure, favourite. %3").arg(t->name, pressure(), t->summary)
                : tr("%1, technique, %2 pressure. %3").arg(t->name, pressure(), t->summary);
        }
        const QString length = formatDuration(item->seconds);
        return item->favourite
            ? tr("%1, routine of %2, %3 pressure, favourite. %4").arg(r->name, length, pressure(), r->summary)
            : tr("%1, routine of %2, %3 pressure. %4").arg(r->name, length, pressure(), r->summary);
    }
    case KindRole:
        return int(item->kind);
    case IdRole:
        return isTechnique ? t->id : r->id;
    case SummaryRole:
        return isTechnique ? t->summary : r->summary;
    case RegionsRole:
        return inOrder(m_presentRegions, item->regions);
    case PressureRole:
        return pressure();
    case DurationSecondsRole:
        return item->seconds;
    case ToolsRole:
        return inOrder(m_presentTools, item->tools);
    case FavouriteRole:
        return item->favourite;
    case NameHighlightsRole:
        return toVariant(nameHighlights(index.row()));
    case SummaryHighlightsRole:
        return toVariant(summaryHighlights(index.row()));
    case MatchedAliasRole:
        return matchedAlias(index.row());
    case DescriptionMatchRole:
        return descriptionMatch(index.row());
    default:
        return {};
    }
}

} // namespace knead
