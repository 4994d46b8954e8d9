// SPDX-License-Identifier: MIT
#include "UserRoutines.h"

#include "ContentLoader.h"
#include "Identifiers.h"
#include "PackDirectory.h"
#include "RoutineJson.h"
#include "StrictJson.h"
#include "UserDataFile.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace knead {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString manifestLanguage()
{
    // The routines are written in the person's own language; the tag must be one the loader takes.
    const QString name = QLocale().bcp47Name();
    return isLanguageTag(name) ? name : QStringLiteral("en");
}

// Copies one file, atomically at the target. Empty on success.
QString copyFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return UserRoutines::tr("%1 cannot be read: %2").arg(native(from), source.errorString());
    return UserDataFile::write(to, source.readAll());
}

// Copies the regular files of a folder tree; links are left behind (a pack must not lead out
// of itself, and the loader refuses them anyway). Empty on success.
QString copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(from);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).isSymLink())
            continue;
        if (const QString error = copyFile(file, to + QLatin1Char('/') + root.relativeFilePath(file)); !error.isEmpty())
            return error;
    }
    return {};
}

// Where an export may go: a new folder, an empty one, or an earlier export of Knead's own pack.
QString prepareExportTarget(const QString& target)
{
    const QFileInfo info(target);
    if (!info.exists())
        return QDir().mkpath(target) ? QString()
                                     : UserRoutines::tr("The folder %1 cannot be created.").arg(native(target));
    if (!info.isDir())
        return UserRoutines::tr("%1 already exists and is not a folder; choose another place.").arg(native(target));
    if (ContentLoader::packIdOf(target) == QLatin1String(UserRoutines::kPackId))
        return {};
    if (!QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return UserRoutines::tr("%1 already exists and is not an export of your routines; choose another place.")
            .arg(native(target));
    return {};
}

// The images a routine file refers to, pack-relative.
QStringList imagesOf(const QByteArray& routineFile)
{
    QStringList out;
    if (const auto routine = RoutineJson::readLenient(routineFile)) {
        for (const Step& s : routine->steps) {
            if (!s.image.isEmpty() && PackDirectory::checkRelativePath(s.image).isEmpty() && !out.contains(s.image))
                out.append(s.image);
        }
    }
    return out;
}

} // namespace

UserRoutines::UserRoutines(QString packsFolder, QString draftsFolder)
    : m_packsFolder(std::move(packsFolder))
    , m_draftsFolder(std::move(draftsFolder))
{ }

QString UserRoutines::packRoot() const
{
    return m_packsFolder + QLatin1Char('/') + QLatin1String(kPackId);
}

QString UserRoutines::routineFile(const QString& id) const
{
    return packRoot() + QStringLiteral("/routines/") + id + QStringLiteral(".json");
}

bool UserRoutines::isOwn(const Routine& routine)
{
    return routine.packId == QLatin1String(kPackId);
}

QString UserRoutines::idFromName(const QString& name)
{
    // Letters lose their accents (é -> e); everything that is not a-z or 0-9 becomes a hyphen.
    const QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    if (!id.isEmpty() && !(id.front() >= u'a' && id.front() <= u'z'))
        id.prepend(QStringLiteral("routine-"));
    if (id.size() > 56) {
        id.truncate(56);
        while (id.endsWith(QLatin1Char('-')))
            id.chop(1);
    }
    return id.isEmpty() ? QStringLiteral("my-routine") : id;
}

QString UserRoutines::freeId(const QString& wanted, const Content& content) const
{
    const QString base = isKebabId(wanted) ? wanted.left(56) : idFromName(wanted);
    const auto taken = [&](const QString& id) {
        return content.routine(id) || QFileInfo::exists(routineFile(id))
            || QFileInfo::exists(m_draftsFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

QString UserRoutines::copyId(const QString& originalId, const Content& content) const
{
    const QString base = originalId.startsWith(QLatin1String("my-")) ? originalId : QStringLiteral("my-") + originalId;
    return freeId(base.left(56), content);
}

Routine UserRoutines::editable(const Routine& loaded, const QString& packRoot)
{
    Routine r = loaded;
    const QString prefix = packRoot.endsWith(QLatin1Char('/')) ? packRoot : packRoot + QLatin1Char('/');
    for (Step& s : r.steps) {
        if (s.image.isEmpty())
            continue;
        // The loader resolved the reference to a path inside the pack; the file holds it relative.
        s.image = s.image.startsWith(prefix) ? s.image.mid(prefix.size()) : QString();
    }
    return r;
}

QString UserRoutines::foreignPackError(const QString& root) const
{
    const QString id = ContentLoader::packIdOf(root);
    if (id == QLatin1String(kPackId))
        return {};
    return tr("%1 holds a pack with the id “%2”, not Knead's own routines. Move it elsewhere and save again.")
        .arg(native(root), id);
}

QString UserRoutines::ensureManifest() const
{
    const QString manifest = packRoot() + QStringLiteral("/pack.json");
    if (QFileInfo::exists(manifest))
        return foreignPackError(packRoot());
    return UserDataFile::write(manifest,
        RoutineJson::writeManifest(QLatin1String(kPackId), tr("My routines"), manifestLanguage(),
            tr("Routines made in Knead's routine editor.")));
}

UserRoutines::Outcome UserRoutines::save(const Routine& routine, const QString& imageRoot)
{
    if (!isKebabId(routine.id))
        return {tr("“%1” cannot be used as a file name for a routine.").arg(routine.id), {}};
    if (const QString error = ensureManifest(); !error.isEmpty())
        return {error, {}};
    for (const Step& s : routine.steps) {
        if (s.image.isEmpty() || !PackDirectory::checkRelativePath(s.image).isEmpty())
            continue;
        const QString target = packRoot() + QLatin1Char('/') + s.image;
        if (!QFileInfo::exists(target) && !imageRoot.isEmpty()
            && QDir::cleanPath(imageRoot) != QDir::cleanPath(packRoot())) {
            if (const QString error = copyFile(imageRoot + QLatin1Char('/') + s.image, target); !error.isEmpty())
                return {error, {}};
        }
    }
    const QString path = routineFile(routine.id);
    if (const QString error = UserDataFile::write(path, RoutineJson::write(routine)); !error.isEmpty())
        return {error, {}};
    removeDraft(routine.id);
    return {{}, path};
}

UserRoutines::Outcome UserRoutines::saveDraft(const Draft& draft)
{
    if (!isKebabId(draft.routine.id))
        return {tr("“%1” cannot be used as a file name for a routine.").arg(draft.routine.id), {}};
    // Knead's own file, not content: the routine as written, with what the editor needs to
    // open it again as it was.
    auto routine = nlohmann::ordered_json::parse(RoutineJson::write(draft.routine).toStdString(), nullptr, false);
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["draft"] = {{"new", draft.isNew}, {"safety_from_red_flags", draft.safetyFromRedFlags},
        {"saved", draft.saved.toUTC().toString(Qt::ISODate).toStdString()}};
    doc["routine"] = std::move(routine);
    const QString path = m_draftsFolder + QLatin1Char('/') + draft.routine.id + QStringLiteral(".json");
    if (const QString error = UserDataFile::write(path, toJsonBytes(doc)); !error.isEmpty())
        return {error, {}};
    return {{}, path};
}

std::optional<UserRoutines::Draft> UserRoutines::draft(const QString& id) const
{
    if (!isKebabId(id))
        return std::nullopt;
    const UserDataFile::ReadResult read
        = UserDataFile::read(m_draftsFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!read.exists || !read.error.isEmpty())
        return std::nullopt;
    const StrictJsonResult parsed = parseStrictJsonData(read.data);
    if (!parsed.ok || !parsed.value.is_object() || !parsed.value.contains("routine"))
        return std::nullopt;
    const std::string routineText = parsed.value["routine"].dump();
    auto routine = RoutineJson::readLenient(QByteArray(routineText.data(), qsizetype(routineText.size())));
    if (!routine)
        return std::nullopt;
    Draft d;
    d.routine = std::move(*routine);
    d.routine.id = id;
    if (const auto meta = parsed.value.find("draft"); meta != parsed.value.end() && meta->is_object()) {
        d.isNew = meta->value("new", true);
        d.safetyFromRedFlags = meta->value("safety_from_red_flags", false);
        d.saved = QDateTime::fromString(QString::fromStdString(meta->value("saved", std::string())), Qt::ISODate);
    }
    return d;
}

QList<UserRoutines::Draft> UserRoutines::drafts() const
{
    QList<Draft> out;
    const QStringList files = QDir(m_draftsFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (auto d = draft(QFileInfo(file).completeBaseName()))
            out.append(std::move(*d));
    }
    std::stable_sort(out.begin(), out.end(), [](const Draft& a, const Draft& b) { return a.saved > b.saved; });
    return out;
}

bool UserRoutines::removeDraft(const QString& id)
{
    return isKebabId(id) && QFile::remove(m_draftsFolder + QLatin1Char('/') + id + QStringLiteral(".json"));
}

std::optional<UserRoutines::Removed> UserRoutines::remove(const QString& id, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!isKebabId(id))
        return fail(tr("There is no routine “%1” of your own to delete.").arg(id));
    Removed removed;
    removed.id = id;
    const QString file = routineFile(id);
    const QString draftFile = m_draftsFolder + QLatin1Char('/') + id + QStringLiteral(".json");
    const UserDataFile::ReadResult read = UserDataFile::read(file);
    const UserDataFile::ReadResult readDraft = UserDataFile::read(draftFile);
    if (!read.exists && !readDraft.exists)
        return fail(tr("There is no routine “%1” of your own to delete.").arg(id));
    if (!read.error.isEmpty())
        return fail(read.error);
    removed.file = read.data;
    removed.draft = readDraft.data;
    const std::optional<Routine> routine = RoutineJson::readLenient(read.exists ? read.data : readDraft.data);
    removed.name = routine && !routine->name.isEmpty() ? routine->name : id;
    if (read.exists && !QFile::remove(file))
        return fail(tr("%1 cannot be deleted.").arg(native(file)));
    if (readDraft.exists)
        QFile::remove(draftFile);
    return removed;
}

UserRoutines::Outcome UserRoutines::restore(const Removed& removed)
{
    Outcome out;
    if (!removed.file.isEmpty()) {
        out.path = routineFile(removed.id);
        out.error = UserDataFile::write(out.path, removed.file);
    }
    if (out.ok() && !removed.draft.isEmpty())
        out.error = UserDataFile::write(
            m_draftsFolder + QLatin1Char('/') + removed.id + QStringLiteral(".json"), removed.draft);
    return out;
}

std::optional<UserRoutines::Prepared> UserRoutines::prepareFile(
    const QString& path, const Content& content, QStringList& taken, ImportResult& result) const
{
    const QFileInfo info(path);
    if (info.size() > PackDirectory::kMaxJsonBytes) {
        result.error = tr("“%1” is larger than %2 MiB; it is not a routine file.")
                           .arg(info.fileName())
                           .arg(PackDirectory::kMaxJsonBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(native(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    // Checked under its own id, so a file saved as "neck (1).json" by a browser still imports.
    QString id = info.completeBaseName();
    if (const StrictJsonResult parsed = parseStrictJsonData(text); parsed.ok && parsed.value.is_object()) {
        if (const auto it = parsed.value.find("id");
            it != parsed.value.end() && it->is_string() && isKebabId(QString::fromStdString(it->get<std::string>())))
            id = QString::fromStdString(it->get<std::string>());
    }
    // A file inside a pack's routines folder may use that pack's images.
    const QString sourceRoot
        = info.dir().dirName() == QLatin1String("routines") ? QFileInfo(info.absolutePath()).absolutePath() : QString();
    const ContentLoader::RoutineCheck check
        = ContentLoader::checkRoutine(text, id + QStringLiteral(".json"), content, sourceRoot);
    for (Diagnostic d : std::as_const(check.diagnostics)) {
        d.file = path;
        result.diagnostics.append(d);
    }
    const int errors = int(countErrors(check.diagnostics));
    if (!check.routine || errors > 0) {
        result.error
            = tr("“%1” was not imported: it has %n problem(s).", nullptr, std::max(errors, 1)).arg(info.fileName());
        return std::nullopt;
    }
    Prepared prepared;
    prepared.routine = editable(*check.routine, sourceRoot);
    prepared.sourceRoot = sourceRoot;
    QString free = freeId(id, content);
    for (int n = 2; taken.contains(free); ++n)
        free = freeId(id + QLatin1Char('-') + QString::number(n), content);
    if (free != id)
        prepared.notes.append(
            tr("A routine with the id “%1” is already installed, so this one was imported as “%2”.").arg(id, free));
    prepared.routine.id = free;
    prepared.routine.featured = false;
    taken.append(free);
    return prepared;
}

UserRoutines::ImportResult UserRoutines::import(const QString& path, const Content& content)
{
    ImportResult result;
    const QFileInfo info(path);
    QList<Prepared> routines;
    QStringList taken;
    if (info.isFile()) {
        auto prepared = prepareFile(path, content, taken, result);
        if (!prepared)
            return result;
        routines.append(std::move(*prepared));
    } else if (info.isDir()) {
        const QString packId = ContentLoader::packIdOf(path);
        if (packId.isEmpty()) {
            result.error = tr("%1 is not a Knead pack: it has no pack.json with an id.").arg(native(path));
            return result;
        }
        if (packId == QLatin1String(kPackId)) {
            // Someone's exported routines: each joins this person's own pack.
            const QStringList files = QDir(path + QStringLiteral("/routines"))
                                          .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            if (files.isEmpty()) {
                result.error = tr("%1 holds no routines.").arg(native(path));
                return result;
            }
            for (const QString& f : files) {
                auto prepared = prepareFile(path + QStringLiteral("/routines/") + f, content, taken, result);
                if (!prepared)
                    return result;
                routines.append(std::move(*prepared));
            }
        } else {
            const QString target = m_packsFolder + QLatin1Char('/') + packId;
            bool installed = QFileInfo::exists(target);
            for (const PackInfo& pack : content.packs())
                installed = installed || pack.id == packId;
            if (installed) {
                result.error = tr("A pack with the id “%1” is already installed. Remove it first, or give this pack an "
                                  "id of its own.")
                                   .arg(packId);
                return result;
            }
            LoadResult loaded;
            loaded.content = content;
            ContentLoader::loadInto(loaded, {{path, QDir::cleanPath(path)}});
            for (const Diagnostic& d : std::as_const(loaded.diagnostics)) {
                if (d.severity != Diagnostic::Severity::Note)
                    result.diagnostics.append(d);
            }
            if (const qsizetype errors = countErrors(loaded.diagnostics); errors > 0) {
                result.error
                    = tr("The pack “%1” was not installed: it has %n problem(s).", nullptr, int(errors)).arg(packId);
                return result;
            }
            if (const QString error = copyTree(path, target); !error.isEmpty()) {
                QDir(target).removeRecursively();
                result.error = error;
                return result;
            }
            result.packId = packId;
            for (const Routine& r : loaded.content.routines()) {
                if (r.packId == packId)
                    result.routineIds.append(r.id);
            }
            return result;
        }
    } else {
        result.error = tr("%1 does not exist.").arg(native(path));
        return result;
    }
    for (const Prepared& p : std::as_const(routines)) {
        const Outcome saved = save(p.routine, p.sourceRoot);
        if (!saved.ok()) {
            result.error = saved.error;
            return result;
        }
        result.routineIds.append(p.routine.id);
        result.notes += p.notes;
    }
    return result;
}

UserRoutines::Outcome UserRoutines::exportRoutine(const QString& id, const QString& folder) const
{
    const UserDataFile::ReadResult read = UserDataFile::read(routineFile(id));
    if (!read.exists || !read.error.isEmpty())
        return {tr("“%1” is not saved in your routines yet; save it first.").arg(id), {}};
    const QString target = folder + QLatin1Char('/') + id;
    if (const QString error = prepareExportTarget(target); !error.isEmpty())
        return {error, {}};
    QByteArray manifest = UserDataFile::read(packRoot() + QStringLiteral("/pack.json")).data;
    if (manifest.isEmpty())
        manifest = RoutineJson::writeManifest(QLatin1String(kPackId), tr("My routines"), manifestLanguage(), {});
    if (const QString error = UserDataFile::write(target + QStringLiteral("/pack.json"), manifest); !error.isEmpty())
        return {error, {}};
    if (const QString error
        = UserDataFile::write(target + QStringLiteral("/routines/") + id + QStringLiteral(".json"), read.data);
        !error.isEmpty())
        return {error, {}};
    for (const QString& image : imagesOf(read.data)) {
        if (const QString error = copyFile(packRoot() + QLatin1Char('/') + image, target + QLatin1Char('/') + image);
            !error.isEmpty())
            return {error, {}};
    }
    return {{}, target};
}

UserRoutines::Outcome UserRoutines::exportPack(const QString& folder) const
{
    if (!QFileInfo::exists(packRoot() + QStringLiteral("/pack.json")))
        return {tr("You have no routines of your own to export yet."), {}};
    const QString target = folder + QLatin1Char('/') + QLatin1String(kPackId);
    if (QDir::cleanPath(QFileInfo(target).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(packRoot()).absoluteFilePath()))
        return {tr("Choose a folder other than Knead's own pack folder."), {}};
    if (const QString error = prepareExportTarget(target); !error.isEmpty())
        return {error, {}};
    if (const QString error = copyTree(packRoot(), target); !error.isEmpty())
        return {error, {}};
    return {{}, target};
}

} // namespace knead
