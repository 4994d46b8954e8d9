// SPDX-License-Identifier: MIT
#include "RoutineDocument.h"

#include "ContentLoader.h"
#include "RoutineJson.h"

#include <QHash>
#include <QRegularExpression>
#include <QUndoCommand>

#include <algorithm>
#include <cstdlib>

namespace knead {

namespace {

bool sameMotion(const std::optional<Motion>& a, const std::optional<Motion>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return a->pattern == b->pattern && a->points == b->points && a->figure == b->figure
        && a->periodSeconds == b->periodSeconds;
}

std::optional<Motion> mirroredMotion(const std::optional<Motion>& motion)
{
    if (!motion)
        return motion;
    Motion m = *motion;
    for (QPointF& p : m.points)
        p.setX(RoutineJson::roundCoordinate(1.0 - p.x()));
    return m;
}

// The side words of the languages routines are written in (the person's own: English or
// German), each with its mirror: "left" and "right", and German "links" and "rechts" with
// the adjective's endings ("die linke Schläfe", "am rechten Ohr").
const QHash<QString, QString>& sidePairs()
{
    static const QHash<QString, QString> pairs = [] {
        QHash<QString, QString> out;
        const auto both = [&out](const QString& a, const QString& b) {
            out.insert(a, b);
            out.insert(b, a);
        };
        both(QStringLiteral("left"), QStringLiteral("right"));
        both(QStringLiteral("links"), QStringLiteral("rechts"));
        for (const QString& ending :
            {QString(), QStringLiteral("n"), QStringLiteral("m"), QStringLiteral("r"), QStringLiteral("s")})
            both(QStringLiteral("linke") + ending, QStringLiteral("rechte") + ending);
        return out;
    }();
    return pairs;
}

const QRegularExpression& sideWords()
{
    static const QRegularExpression words(QStringLiteral("\\b(left|right|links|rechts|linke[nmrs]?|rechte[nmrs]?)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

using StepField = RoutineDocument::StepField;

// Which fields differ between two versions of a step.
QList<StepField> changedFields(const Step& a, const Step& b)
{
    QList<StepField> out;
    if (a.title != b.title)
        out.append(StepField::Title);
    if (a.instruction != b.instruction)
        out.append(StepField::Instruction);
    if (a.durationSeconds != b.durationSeconds)
        out.append(StepField::Duration);
    if (a.technique != b.technique)
        out.append(StepField::Technique);
    if (a.region != b.region)
        out.append(StepField::Region);
    if (a.side != b.side)
        out.append(StepField::Side);
    if (a.pressure != b.pressure)
        out.append(StepField::Pressure);
    if (a.tools != b.tools)
        out.append(StepField::Tools);
    if (!sameMotion(a.motion, b.motion))
        out.append(StepField::Motion);
    if (!sameCues(a.cues, b.cues))
        out.append(StepField::Cues);
    if (a.restSeconds != b.restSeconds)
        out.append(StepField::Rest);
    return out;
}

// The linked partner takes an edit in its own terms: the other side's words and points.
void copyToPartner(const Step& from, Step& to, StepField field)
{
    switch (field) {
    case StepField::Title:
        to.title = mirrorSideWords(from.title);
        break;
    case StepField::Instruction:
        to.instruction = mirrorSideWords(from.instruction);
        break;
    case StepField::Duration:
        to.durationSeconds = from.durationSeconds;
        break;
    case StepField::Technique:
        to.technique = from.technique;
        break;
    case StepField::Region:
        to.region = from.region;
        break;
    case StepField::Side:
        break; // the one thing that differs
    case StepField::Pressure:
        to.pressure = from.pressure;
        break;
    case StepField::Tools:
        to.tools = from.tools;
        break;
    case StepField::Motion:
        to.motion = mirroredMotion(from.motion);
        break;
    case StepField::Cues:
        to.cues = from.cues;
        for (Cue& c : to.cues)
            c.say = mirrorSideWords(c.say);
        break;
    case StepField::Rest:
        to.restSeconds = from.restSeconds;
        break;
    }
}

bool hasSideWord(const QString& text)
{
    return sideWords().match(text).hasMatch();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString FieldProblem::sentence() const
{
    QString text = capitalised(message.trimmed());
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

QString mirrorSideWords(const QString& text)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = sideWords().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString word = m.captured();
        QString swapped = sidePairs().value(word.toLower());
        if (word == word.toUpper())
            swapped = swapped.toUpper();
        else if (word.front().isUpper())
            swapped = capitalised(swapped);
        out += swapped;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Step mirroredStep(const Step& step)
{
    Step s = step;
    s.side = step.side == Side::Left ? Side::Right : step.side == Side::Right ? Side::Left : step.side;
    s.title = mirrorSideWords(step.title);
    s.instruction = mirrorSideWords(step.instruction);
    for (Cue& c : s.cues)
        c.say = mirrorSideWords(c.say);
    s.motion = mirroredMotion(step.motion);
    return s;
}

bool sameCues(const QList<Cue>& a, const QList<Cue>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const Cue& x, const Cue& y) { return x.atSeconds == y.atSeconds && x.say == y.say; });
}

QString cuesToText(const QList<Cue>& cues)
{
    QStringList lines;
    for (const Cue& c : cues)
        lines.append(QString::number(c.atSeconds) + QLatin1Char(' ') + c.say);
    return lines.join(QLatin1Char('\n'));
}

CueLines cuesFromText(const QString& text)
{
    // "30 Breathe out", "30: Breathe out", "30 s - Breathe out" all read the same.
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d{1,5})\\s*(?:s\\b)?\\s*[:\\-\u2013\u2014]?\\s*(.*?)\\s*$"));
    CueLines out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(lines[i]);
        if (m.hasMatch())
            out.cues.append(Cue {m.captured(1).toInt(), m.captured(2)});
        else
            out.unreadable.append(int(i) + 1);
    }
    return out;
}

QStringList itemsFromLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

bool sameStep(const Step& a, const Step& b)
{
    return changedFields(a, b).isEmpty() && a.image == b.image;
}

// ---- Undo commands: each holds what it needs to go both ways; the document does the work. ----

class RoutineDocument::FieldsCommand : public QUndoCommand
{
public:
    FieldsCommand(RoutineDocument* doc, Fields before, Fields after, const QString& text, int key, int generation)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(key)
        , m_generation(generation)
    { }
    void redo() override { m_doc->applyFields(m_after); }
    void undo() override { m_doc->applyFields(m_before); }
    int id() const override { return m_key >= 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const FieldsCommand*>(other);
        if (o->m_key != m_key || o->m_generation != m_generation)
            return false;
        m_after = o->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    RoutineDocument* m_doc;
    Fields m_before;
    Fields m_after;
    int m_key;
    int m_generation;
};

class RoutineDocument::StepsCommand : public QUndoCommand
{
public:
    StepsCommand(RoutineDocument* doc, QList<int> rows, QList<Step> before, QList<Step> after, const QString& text,
        int key, int generation)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_rows(std::move(rows))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(key)
        , m_generation(generation)
    { }
    void redo() override { m_doc->replaceSteps(m_rows, m_after); }
    void undo() override { m_doc->replaceSteps(m_rows, m_before); }
    int id() const override { return m_key >= 0 ? 2 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const StepsCommand*>(other);
        if (o->m_key != m_key || o->m_generation != m_generation || o->m_rows != m_rows)
            return false;
        m_after = o->m_after;
        bool same = true;
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            same = same && sameStep(m_before[i], m_after[i]);
        setObsolete(same);
        return true;
    }

private:
    RoutineDocument* m_doc;
    QList<int> m_rows;
    QList<Step> m_before;
    QList<Step> m_after;
    int m_key;
    int m_generation;
};

// Inserting steps, or (the other way round) removing them.
class RoutineDocument::InsertCommand : public QUndoCommand
{
public:
    InsertCommand(
        RoutineDocument* doc, bool insert, QList<int> rows, QList<Step> steps, QList<int> links, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_insert(insert)
        , m_rows(std::move(rows))
        , m_steps(std::move(steps))
        , m_links(std::move(links))
    { }
    void redo() override { apply(m_insert); }
    void undo() override { apply(!m_insert); }

private:
    void apply(bool insert)
    {
        if (insert)
            m_doc->insertStepRows(m_rows, m_steps, m_links);
        else
            m_doc->removeStepRows(m_rows);
    }

    RoutineDocument* m_doc;
    bool m_insert;
    QList<int> m_rows; // ascending, the positions the steps have when present
    QList<Step> m_steps;
    QList<int> m_links;
};

class RoutineDocument::MoveCommand : public QUndoCommand
{
public:
    MoveCommand(RoutineDocument* doc, int from, int to, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_from(from)
        , m_to(to)
    { }
    void redo() override { m_doc->moveStepRow(m_from, m_to); }
    void undo() override { m_doc->moveStepRow(m_to, m_from); }

private:
    RoutineDocument* m_doc;
    int m_from;
    int m_to;
};

class RoutineDocument::LinkCommand : public QUndoCommand
{
public:
    LinkCommand(RoutineDocument* doc, QList<int> rows, QList<int> before, QList<int> after, const QString& text)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_rows(std::move(rows))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_doc->setLinks(m_rows, m_after); }
    void undo() override { m_doc->setLinks(m_rows, m_before); }

private:
    RoutineDocument* m_doc;
    QList<int> m_rows;
    QList<int> m_before;
    QList<int> m_after;
};

// ---- The document ----

RoutineDocument::RoutineDocument(const Content& content, QObject* parent)
    : QAbstractListModel(parent)
    , m_content(content)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &RoutineDocument::changed);
}

RoutineDocument::~RoutineDocument()
{
    // The commands call back into the document: they go first, without telling anyone.
    QObject::disconnect(&m_undo, nullptr, this, nullptr);
    m_undo.clear();
}

void RoutineDocument::open(const Routine& routine, Origin origin, bool safetyFromRedFlags)
{
    beginResetModel();
    m_undo.clear();
    m_routine = routine;
    m_links = QList<int>(m_routine.steps.size(), 0);
    relink();
    m_origin = origin;
    m_safetyAuto = safetyFromRedFlags;
    if (m_safetyAuto)
        m_routine.safety = redFlagSafety();
    endResetModel();
    ++m_mergeGeneration;
    revalidate();
    Q_EMIT opened();
    Q_EMIT changed();
}

void RoutineDocument::openNew(const QString& id)
{
    Routine r;
    r.id = id;
    open(r, Origin::New, true);
}

void RoutineDocument::setIdentity(const QString& id, Origin origin)
{
    m_routine.id = id;
    m_origin = origin;
    revalidate();
    Q_EMIT changed();
}

void RoutineDocument::setPackRoot(const QString& root)
{
    if (m_packRoot == root)
        return;
    m_packRoot = root;
    revalidate();
    Q_EMIT changed();
}

void RoutineDocument::relink()
{
    // Links are not written to the file: a right and a left step side by side that are exact
    // mirrors of each other were (or may as well be) one both-sides step.
    for (qsizetype i = 0; i + 1 < m_routine.steps.size(); ++i) {
        const Step& a = m_routine.steps[i];
        const Step& b = m_routine.steps[i + 1];
        const bool pair
            = (a.side == Side::Right && b.side == Side::Left) || (a.side == Side::Left && b.side == Side::Right);
        if (pair && m_links[i] == 0 && m_links[i + 1] == 0 && sameStep(mirroredStep(a), b)) {
            m_links[i] = m_links[i + 1] = m_nextLink++;
            ++i;
        }
    }
}

int RoutineDocument::partnerOf(int row) const
{
    const int link = m_links.value(row);
    if (link == 0)
        return -1;
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        if (i != row && m_links[i] == link)
            return int(i);
    }
    return -1;
}

QList<FieldProblem> RoutineDocument::problemsAt(int step, const QString& field) const
{
    QList<FieldProblem> out;
    for (const FieldProblem& p : m_problems) {
        if (p.step == step && p.field == field)
            out.append(p);
    }
    return out;
}

QList<FieldProblem> RoutineDocument::problemsOfStep(int step) const
{
    QList<FieldProblem> out;
    for (const FieldProblem& p : m_problems) {
        if (p.step == step)
            out.append(p);
    }
    return out;
}

int RoutineDocument::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
        [](const FieldProblem& p) { return p.severity == Diagnostic::Severity::Error; }));
}

QByteArray RoutineDocument::toJson() const
{
    return RoutineJson::write(m_routine);
}

bool RoutineDocument::hasUnsavedChanges() const
{
    return !m_undo.isClean() || m_origin == Origin::Copy;
}

void RoutineDocument::markSaved()
{
    m_undo.setClean();
    Q_EMIT changed();
}

void RoutineDocument::revalidate()
{
    m_problems.clear();
    m_checked.reset();
    // The loader's own rules, on the very text Save would write.
    const QString file = (m_routine.id.isEmpty() ? QStringLiteral("routine") : m_routine.id) + QStringLiteral(".json");
    ContentLoader::RoutineCheck check = ContentLoader::checkRoutine(toJson(), file, m_content, m_packRoot);
    static const QRegularExpression stepPath(QStringLiteral("^steps\\[(\\d+)\\](?:\\.([A-Za-z_]+))?"));
    static const QRegularExpression fieldPath(QStringLiteral("^([A-Za-z_]+)"));
    for (const Diagnostic& d : std::as_const(check.diagnostics)) {
        if (d.severity == Diagnostic::Severity::Note)
            continue;
        FieldProblem p;
        p.path = d.path;
        p.severity = d.severity;
        p.message = d.message;
        if (const auto m = stepPath.match(d.path); m.hasMatch()) {
            p.step = m.captured(1).toInt();
            p.field = m.captured(2);
        } else if (const auto f = fieldPath.match(d.path); f.hasMatch()) {
            p.field = f.captured(1);
        }
        m_problems.append(p);
    }
    if (check.routine && errorCount() == 0)
        m_checked = std::move(check.routine);
}

void RoutineDocument::finishChange()
{
    if (m_safetyAuto)
        m_routine.safety = redFlagSafety();
    revalidate();
    // Rows name each other ("linked with step 4") and carry their problems: all may change.
    if (!m_routine.steps.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT changed();
}

RoutineDocument::Fields RoutineDocument::fields() const
{
    return {m_routine.name, m_routine.summary, m_routine.description, m_routine.regions, m_routine.preparation,
        m_routine.safety, m_safetyAuto};
}

void RoutineDocument::applyFields(const Fields& f)
{
    m_routine.name = f.name;
    m_routine.summary = f.summary;
    m_routine.description = f.description;
    m_routine.regions = f.regions;
    m_routine.preparation = f.preparation;
    m_routine.safety = f.safety;
    m_safetyAuto = f.safetyAuto;
    finishChange();
}

void RoutineDocument::replaceSteps(const QList<int>& rows, const QList<Step>& steps)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_routine.steps[rows[i]] = steps[i];
    finishChange();
}

void RoutineDocument::insertStepRows(const QList<int>& rows, const QList<Step>& steps, const QList<int>& links)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        beginInsertRows(QModelIndex(), rows[i], rows[i]);
        m_routine.steps.insert(rows[i], steps[i]);
        m_links.insert(rows[i], links[i]);
        endInsertRows();
    }
    finishChange();
}

void RoutineDocument::removeStepRows(const QList<int>& rows)
{
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        beginRemoveRows(QModelIndex(), rows[i], rows[i]);
        m_routine.steps.removeAt(rows[i]);
        m_links.removeAt(rows[i]);
        endRemoveRows();
    }
    finishChange();
}

void RoutineDocument::moveStepRow(int from, int to)
{
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_routine.steps.move(from, to);
    m_links.move(from, to);
    endMoveRows();
    finishChange();
}

void RoutineDocument::setLinks(const QList<int>& rows, const QList<int>& links)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_links[rows[i]] = links[i];
    finishChange();
}

QString RoutineDocument::redFlagSafety() const
{
    QStringList texts;
    for (const QString& id : m_routine.techniqueIds()) {
        const Technique* t = m_content.technique(id);
        if (!t)
            continue;
        for (const Guidance& flag : t->redFlags) {
            if (flag.concerns(m_routine.regions) && !texts.contains(flag.text))
                texts.append(flag.text);
        }
    }
    return texts.join(QLatin1Char(' '));
}

QString RoutineDocument::suggestedTechnique(int afterRow) const
{
    if (afterRow >= 0 && afterRow < stepCount() && m_content.technique(step(afterRow).technique))
        return step(afterRow).technique;
    for (const QString& region : m_routine.regions) {
        const QList<const Technique*> techniques = m_content.techniquesForRegion(region);
        if (!techniques.isEmpty())
            return techniques.first()->id;
    }
    return m_content.techniques().isEmpty() ? QString() : m_content.techniques().first().id;
}

std::optional<Motion> RoutineDocument::suggestedMotion(const QString& techniqueId, const QString& regionId) const
{
    std::optional<Motion> elsewhere;
    for (const Routine& r : m_content.routines()) {
        for (const Step& s : r.steps) {
            if (s.technique != techniqueId || !s.motion)
                continue;
            if (s.region == regionId)
                return s.side == Side::Left ? mirroredMotion(s.motion) : s.motion;
            if (!elsewhere) {
                // Points are positions in another region's box: only the movement carries over.
                elsewhere = Motion {s.motion->pattern, {}, std::nullopt, s.motion->periodSeconds};
            }
        }
    }
    if (elsewhere && elsewhere->pattern == MotionPattern::Strokes)
        elsewhere->points = {QPointF(0.3, 0.5), QPointF(0.7, 0.5)};
    return elsewhere;
}

Pressure RoutineDocument::pressureFor(const QString& techniqueId, Pressure wanted) const
{
    const Technique* t = m_content.technique(techniqueId);
    if (!t || t->pressure.isEmpty() || t->pressure.contains(wanted))
        return wanted;
    const QList<Pressure> levels = t->pressure.levels();
    Pressure best = levels.first();
    for (Pressure p : levels) {
        if (std::abs(int(p) - int(wanted)) < std::abs(int(best) - int(wanted)))
            best = p;
    }
    return best;
}

Step RoutineDocument::newStep(const QString& techniqueId) const
{
    Step s;
    s.technique = techniqueId;
    s.durationSeconds = 60;
    s.side = Side::None;
    s.pressure = pressureFor(techniqueId, Pressure::Medium);
    if (const Technique* t = m_content.technique(techniqueId)) {
        s.title = t->name;
        s.instruction = t->howTo.value(0);
        s.region = t->regions.value(0);
        for (const QString& r : t->regions) {
            if (m_routine.regions.contains(r)) {
                s.region = r;
                break;
            }
        }
    }
    s.motion = suggestedMotion(techniqueId, s.region);
    return s;
}

// ---- Edits ----

void RoutineDocument::pushFields(const Fields& after, const QString& text, int mergeField)
{
    const Fields before = fields();
    if (after == before)
        return;
    m_undo.push(new FieldsCommand(this, before, after, text, mergeField, m_mergeGeneration));
}

void RoutineDocument::pushWithRegions(QUndoCommand* command, const QString& text, const QStringList& regions)
{
    QStringList missing;
    for (const QString& r : regions) {
        if (!r.isEmpty() && m_content.region(r) && !m_routine.regions.contains(r) && !missing.contains(r))
            missing.append(r);
    }
    if (missing.isEmpty()) {
        m_undo.push(command);
        return;
    }
    // The routine's regions follow its steps: the loader would warn about a step on a region
    // the routine leaves out.
    m_undo.beginMacro(text);
    m_undo.push(command);
    Fields after = fields();
    after.regions += missing;
    m_undo.push(new FieldsCommand(this, fields(), after, text, -1, m_mergeGeneration));
    m_undo.endMacro();
}

void RoutineDocument::setText(Field field, const QString& text)
{
    Fields after = fields();
    QString label;
    switch (field) {
    case Field::Name:
        after.name = text;
        label = tr("Edit the name");
        break;
    case Field::Summary:
        after.summary = text;
        label = tr("Edit the summary");
        break;
    case Field::Description:
        after.description = text;
        label = tr("Edit the description");
        break;
    case Field::Safety:
        after.safety = text;
        after.safetyAuto = false;
        label = tr("Edit the safety note");
        break;
    case Field::Regions:
    case Field::Preparation:
        return; // lists have their own setters
    }
    pushFields(after, label, int(field));
}

void RoutineDocument::setRegions(const QStringList& regions)
{
    Fields after = fields();
    after.regions = regions;
    pushFields(after, tr("Change the regions"), -1);
}

void RoutineDocument::setPreparation(const QStringList& items)
{
    Fields after = fields();
    after.preparation = items;
    pushFields(after, tr("Edit the preparation"), int(Field::Preparation));
}

void RoutineDocument::fillSafetyFromRedFlags()
{
    Fields after = fields();
    after.safetyAuto = true;
    after.safety = redFlagSafety();
    pushFields(after, tr("Fill in the safety note from the red flags"), -1);
}

int RoutineDocument::insertStep(int row, const Step& step)
{
    row = std::clamp(row, 0, stepCount());
    pushWithRegions(
        new InsertCommand(this, true, {row}, {step}, {0}, tr("Add a step")), tr("Add a step"), {step.region});
    return row;
}

void RoutineDocument::duplicateSteps(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<int> at;
    QList<Step> steps;
    for (int r : std::as_const(rows)) {
        if (r < 0 || r >= stepCount())
            continue;
        at.append(r + int(at.size()) + 1); // each copy right after its original
        steps.append(step(r));
    }
    if (at.isEmpty())
        return;
    m_undo.push(new InsertCommand(
        this, true, at, steps, QList<int>(at.size(), 0), tr("Duplicate %n step(s)", nullptr, int(at.size()))));
}

void RoutineDocument::removeSteps(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(
        std::remove_if(rows.begin(), rows.end(), [this](int r) { return r < 0 || r >= stepCount(); }), rows.end());
    if (rows.isEmpty())
        return;
    QList<Step> steps;
    QList<int> links;
    for (int r : std::as_const(rows)) {
        steps.append(step(r));
        links.append(m_links[r]);
    }
    m_undo.push(new InsertCommand(this, false, rows, steps, links, tr("Delete %n step(s)", nullptr, int(rows.size()))));
}

bool RoutineDocument::moveStep(int from, int to)
{
    if (from < 0 || from >= stepCount() || to < 0 || to >= stepCount() || from == to)
        return false;
    m_undo.push(new MoveCommand(this, from, to, tr("Move a step")));
    return true;
}

void RoutineDocument::editStep(
    int row, StepField field, const std::function<void(Step&)>& change, const QString& text, bool mergeable)
{
    if (row < 0 || row >= stepCount())
        return;
    Step after = step(row);
    change(after);
    const QList<StepField> changed = changedFields(step(row), after);
    if (changed.isEmpty() && step(row).image == after.image)
        return;
    QList<int> rows {row};
    QList<Step> before {step(row)};
    QList<Step> afters {after};
    if (const int partner = partnerOf(row); partner >= 0) {
        Step other = step(partner);
        for (StepField f : changed)
            copyToPartner(after, other, f);
        if (!sameStep(other, step(partner))) {
            rows.append(partner);
            before.append(step(partner));
            afters.append(other);
        }
    }
    QStringList regions;
    for (const Step& s : std::as_const(afters))
        regions.append(s.region);
    pushWithRegions(new StepsCommand(this, rows, before, afters, text, mergeable ? int(field) : -1, m_mergeGeneration),
        text, regions);
}

void RoutineDocument::setStepText(int row, StepField field, const QString& text)
{
    if (field == StepField::Title)
        editStep(
            row, field, [&](Step& s) { s.title = text; }, tr("Edit the step's title"), true);
    else if (field == StepField::Instruction)
        editStep(
            row, field, [&](Step& s) { s.instruction = text; }, tr("Edit the instruction"), true);
}

void RoutineDocument::setStepDuration(int row, int seconds)
{
    editStep(
        row, StepField::Duration, [&](Step& s) { s.durationSeconds = std::max(0, seconds); }, tr("Change the duration"),
        true);
}

void RoutineDocument::setStepTechnique(int row, const QString& techniqueId)
{
    if (row < 0 || row >= stepCount())
        return;
    const Technique* old = m_content.technique(step(row).technique);
    const Technique* t = m_content.technique(techniqueId);
    editStep(
        row, StepField::Technique,
        [&](Step& s) {
            s.technique = techniqueId;
            if (!t)
                return;
            // What still reads as the old technique's defaults follows the new one.
            if (old && s.title == old->name)
                s.title = t->name;
            if (old && !old->howTo.isEmpty() && s.instruction == old->howTo.first())
                s.instruction = t->howTo.value(0);
            // A still step without a region stays one; a motion is drawn on a region only.
            if (!s.region.isEmpty() && !t->regions.contains(s.region))
                s.region = newStep(techniqueId).region;
            s.pressure = pressureFor(techniqueId, s.pressure);
            if (!s.motion && !s.region.isEmpty())
                s.motion = suggestedMotion(techniqueId, s.region);
        },
        tr("Change the technique"), false);
}

void RoutineDocument::setStepRegion(int row, const QString& regionId)
{
    editStep(
        row, StepField::Region, [&](Step& s) { s.region = regionId; }, tr("Change the region"), false);
}

void RoutineDocument::setStepSide(int row, Side side)
{
    if (row < 0 || row >= stepCount() || step(row).side == side)
        return;
    if (partnerOf(row) < 0) {
        editStep(
            row, StepField::Side, [&](Step& s) { s.side = side; }, tr("Change the side"), false);
        return;
    }
    m_undo.beginMacro(tr("Change the side"));
    unlink(row);
    editStep(
        row, StepField::Side, [&](Step& s) { s.side = side; }, tr("Change the side"), false);
    m_undo.endMacro();
}

int RoutineDocument::expandBothSides(int row)
{
    if (row < 0 || row >= stepCount())
        return -1;
    if (const int partner = partnerOf(row); partner >= 0)
        return partner;
    const Step original = step(row);
    const int link = m_nextLink++;
    const QString text = tr("Both sides");
    m_undo.beginMacro(text);
    int partnerRow = -1;
    if (original.side == Side::Left) {
        Step left = original;
        if (!hasSideWord(left.title))
            left.title = tr("Left side: %1").arg(left.title);
        m_undo.push(new StepsCommand(this, {row}, {original}, {left}, text, -1, m_mergeGeneration));
        m_undo.push(new LinkCommand(this, {row}, {0}, {link}, text));
        m_undo.push(new InsertCommand(this, true, {row}, {mirroredStep(left)}, {link}, text));
        partnerRow = row;
    } else {
        Step right = original;
        right.side = Side::Right;
        if (!hasSideWord(right.title))
            right.title = tr("Right side: %1").arg(right.title);
        m_undo.push(new StepsCommand(this, {row}, {original}, {right}, text, -1, m_mergeGeneration));
        m_undo.push(new LinkCommand(this, {row}, {0}, {link}, text));
        m_undo.push(new InsertCommand(this, true, {row + 1}, {mirroredStep(right)}, {link}, text));
        partnerRow = row + 1;
    }
    m_undo.endMacro();
    return partnerRow;
}

void RoutineDocument::unlink(int row)
{
    const int partner = partnerOf(row);
    if (partner < 0)
        return;
    const int link = m_links[row];
    m_undo.push(new LinkCommand(this, {row, partner}, {link, link}, {0, 0}, tr("Unlink the sides")));
}

bool RoutineDocument::setStepPressure(int row, Pressure pressure)
{
    if (row < 0 || row >= stepCount())
        return false;
    if (pressureFor(step(row).technique, pressure) != pressure)
        return false; // outside the technique's range
    editStep(
        row, StepField::Pressure, [&](Step& s) { s.pressure = pressure; }, tr("Change the pressure"), false);
    return true;
}

void RoutineDocument::setStepTools(int row, const QStringList& tools)
{
    editStep(
        row, StepField::Tools, [&](Step& s) { s.tools = tools; }, tr("Change the tools"), false);
}

void RoutineDocument::setStepRest(int row, int seconds)
{
    editStep(
        row, StepField::Rest, [&](Step& s) { s.restSeconds = std::max(0, seconds); }, tr("Change the rest"), true);
}

void RoutineDocument::setStepMotion(int row, const std::optional<Motion>& motion)
{
    editStep(
        row, StepField::Motion, [&](Step& s) { s.motion = motion; }, tr("Change the motion guide"), true);
}

void RoutineDocument::setStepCues(int row, const QList<Cue>& cues)
{
    QList<Cue> sorted = cues;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Cue& a, const Cue& b) { return a.atSeconds < b.atSeconds; });
    editStep(
        row, StepField::Cues, [&](Step& s) { s.cues = sorted; }, tr("Edit the cues"), true);
}

// ---- The list model ----

int RoutineDocument::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : stepCount();
}

QString RoutineDocument::stepSummary(int row) const
{
    const Step& s = step(row);
    const QString title = s.title.trimmed().isEmpty() ? tr("(no title yet)") : s.title;
    QStringList meta;
    meta.append(s.isTimed() ? formatClock(s.durationSeconds) : tr("untimed"));
    if (s.side != Side::None)
        meta.append(sideLabel(s.side));
    if (const int partner = partnerOf(row); partner >= 0)
        meta.append(tr("linked with step %1").arg(partner + 1));
    if (s.restSeconds > 0)
        meta.append(tr("then %1 rest").arg(formatDuration(s.restSeconds)));
    if (const int problems = int(problemsOfStep(row).size()); problems > 0)
        meta.append(tr("%n problem(s)", nullptr, problems));
    return tr("%1. %2").arg(row + 1).arg(title) + QLatin1Char('\n') + meta.join(QStringLiteral(" · "));
}

QString RoutineDocument::stepAccessibleText(int row) const
{
    const Step& s = step(row);
    const QString title = s.title.trimmed().isEmpty() ? tr("no title yet") : s.title;
    QStringList meta;
    meta.append(s.isTimed() ? formatDuration(s.durationSeconds) : tr("untimed, continues when you are ready"));
    if (s.side != Side::None)
        meta.append(sideLabel(s.side));
    if (const int partner = partnerOf(row); partner >= 0)
        meta.append(tr("linked with step %1").arg(partner + 1));
    if (s.restSeconds > 0)
        meta.append(tr("then %1 rest").arg(formatDuration(s.restSeconds)));
    QString text
        = tr("Step %1 of %2: %3. %4.").arg(row + 1).arg(stepCount()).arg(title, meta.join(QStringLiteral(", ")));
    const QList<FieldProblem> problems = problemsOfStep(row);
    if (!problems.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n problem(s): %1", nullptr, int(problems.size())).arg(problems.first().sentence());
    return text;
}

QVariant RoutineDocument::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= stepCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return stepSummary(row);
    case Qt::AccessibleTextRole:
        return stepAccessibleText(row);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const FieldProblem& p : problemsOfStep(row))
            lines.append(p.sentence());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case ProblemCountRole:
        return int(problemsOfStep(row).size());
    case HasErrorRole: {
        const QList<FieldProblem> problems = problemsOfStep(row);
        return std::any_of(problems.cbegin(), problems.cend(),
            [](const FieldProblem& p) { return p.severity == Diagnostic::Severity::Error; });
    }
    case PartnerRole:
        return partnerOf(row);
    default:
        return {};
    }
}

Qt::ItemFlags RoutineDocument::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops go between steps, never onto one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions RoutineDocument::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RoutineDocument::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool RoutineDocument::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    // A drag in the list view: one row at a time, each an undoable move.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    return moveStep(sourceRow, std::clamp(to, 0, stepCount() - 1));
}

} // namespace knead
