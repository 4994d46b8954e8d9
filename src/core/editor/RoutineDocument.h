// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QAbstractListModel>
#include <QList>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace knead {

// A problem of the routine being edited, placed at the field it concerns: the loader's own
// diagnostic, mapped back from its JSON path.
struct FieldProblem
{
    int step = -1; // the step it concerns, or -1 for the routine's own fields
    QString field; // "name", "regions", "steps"… or a step's "title", "duration", "cues"…;
                   // empty when it concerns the routine as a whole
    QString path; // the full JSON path, e.g. "steps[2].cues[0].at"
    Diagnostic::Severity severity = Diagnostic::Severity::Error;
    QString message; // the loader's message, as `knead --validate` prints it

    // The message as a sentence for the person: a capital first letter and a full stop.
    QString sentence() const;
};

// Swaps the words "left" and "right" (any case, whole words only) in English text, so the
// mirrored partner of "Right jaw: circles" reads "Left jaw: circles".
QString mirrorSideWords(const QString& text);
// The same step on the other side: side words swapped, motion points mirrored (x -> 1 - x),
// left and right exchanged; `none` and `both` stay.
Step mirroredStep(const Step& step);
bool sameStep(const Step& a, const Step& b);
bool sameCues(const QList<Cue>& a, const QList<Cue>& b);

// The editor's text for cues: one a line, the second first ("30 Keep your teeth apart.").
QString cuesToText(const QList<Cue>& cues);
struct CueLines
{
    QList<Cue> cues;
    QList<int> unreadable; // 1-based numbers of lines that do not start with a second
};
CueLines cuesFromText(const QString& text);
// A list typed one item a line (preparation): lines trimmed, blank ones left out.
QStringList itemsFromLines(const QString& text);

// The routine being edited: the Routine itself, the links between the right and left halves
// of a both-sides step, an undo stack holding a command for every edit, and the routine's
// problems as the content loader reports them, re-checked after every change. As a list model
// its rows are the steps (display and accessible text per row, moves for drag and drop).
//
// Both sides: expandBothSides() turns a step into a right step and its mirrored left
// partner. The two share a link id; an edit of one is applied to the other (text with its
// side words swapped, motion points mirrored) until unlink(). Links are not in the file
// format: when a saved routine is opened again, a right and a left step next to each other
// that are exact mirrors are linked again.
class RoutineDocument : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ProblemCountRole = Qt::UserRole + 1, // int: errors and warnings of the step
        HasErrorRole, // bool
        PartnerRole, // int: the linked step's row, or -1
    };
    // The routine's own fields.
    enum class Field { Name, Summary, Description, Regions, Preparation, Safety };
    // A step's fields, as edits name them (and as links copy them to the partner).
    enum class StepField { Title, Instruction, Duration, Technique, Region, Side, Pressure, Tools, Motion, Cues, Rest };
    // Where the routine came from: what Save does with it and what leaving asks.
    enum class Origin {
        New, // made in the editor, never saved
        Copy, // a copy of another routine, never saved
        Own, // a routine of the person's own pack
        Draft, // a draft with problems, kept aside from the packs
    };

    explicit RoutineDocument(const Content& content, QObject* parent = nullptr);
    ~RoutineDocument() override;

    // Replaces the document (the undo history starts afresh). `safetyFromRedFlags`: the
    // safety note follows the techniques' red flags until the person writes their own.
    void open(const Routine& routine, Origin origin, bool safetyFromRedFlags);
    // An empty routine with the safety note following the red flags.
    void openNew(const QString& id);

    const Routine& routine() const { return m_routine; }
    Origin origin() const { return m_origin; }
    QString id() const { return m_routine.id; }
    // Sets the id the routine is saved under (not an edit: a new routine gets one on its first save).
    void setIdentity(const QString& id, Origin origin);
    bool safetyFromRedFlags() const { return m_safetyAuto; }
    // Where step images resolve (the pack the routine lives or will live in).
    void setPackRoot(const QString& root);
    QString packRoot() const { return m_packRoot; }

    int stepCount() const { return int(m_routine.steps.size()); }
    const Step& step(int row) const { return m_routine.steps.at(row); }
    int linkId(int row) const { return m_links.value(row); }
    const QList<int>& linkIds() const { return m_links; }
    // The row of the step linked with `row`, or -1.
    int partnerOf(int row) const;

    // Problems, from the loader's rules (notes left out).
    const QList<FieldProblem>& problems() const { return m_problems; }
    QList<FieldProblem> problemsAt(int step, const QString& field) const;
    QList<FieldProblem> problemsOfStep(int step) const;
    int errorCount() const;
    // Without errors a routine can be started and saved into the pack; with them, only kept as
    // a draft.
    bool canStart() const { return m_checked.has_value(); }
    // The routine as the loader reads it from the file Save would write: what "Try it" starts.
    const std::optional<Routine>& checkedRoutine() const { return m_checked; }
    QByteArray toJson() const;

    QUndoStack* undoStack() { return &m_undo; }
    // Unsaved changes: edits since the last save, or a copy never saved.
    bool hasUnsavedChanges() const;
    void markSaved();
    // The next text edit starts a new undo step instead of merging with the one before.
    void breakMerge() { ++m_mergeGeneration; }

    // The safety note made of the red flags of the routine's techniques that concern its regions.
    QString redFlagSafety() const;
    // A step for `techniqueId` with the technique's name, first how-to line, a region it works
    // (one the routine lists, if it can), a pressure in its range and a motion other routines use.
    Step newStep(const QString& techniqueId) const;
    // The technique to suggest for a new step: the current step's, else one for the routine's regions.
    QString suggestedTechnique(int afterRow = -1) const;
    // The motion guide other routines use with this technique (on this region if one does).
    std::optional<Motion> suggestedMotion(const QString& techniqueId, const QString& regionId) const;

    // Edits: each pushes an undo command (or does nothing when nothing changes).
    void setText(Field field, const QString& text); // Name, Summary, Description, Safety
    void setRegions(const QStringList& regions);
    void setPreparation(const QStringList& items);
    // The safety note follows the red flags again (undoable).
    void fillSafetyFromRedFlags();

    // Inserts at `row` (clamped); returns the row.
    int insertStep(int row, const Step& step);
    void duplicateSteps(QList<int> rows);
    void removeSteps(QList<int> rows);
    // Moves a step so that it ends up at `to`.
    bool moveStep(int from, int to);

    void setStepText(int row, StepField field, const QString& text); // Title, Instruction
    void setStepDuration(int row, int seconds); // 0: untimed
    // Also moves the region and pressure into the technique's, when they are outside it.
    void setStepTechnique(int row, const QString& techniqueId);
    void setStepRegion(int row, const QString& regionId);
    // Left, right, none or both at once; a linked step is unlinked first.
    void setStepSide(int row, Side side);
    // The step becomes a right step followed by its mirrored left partner (a left step keeps
    // its side and gets a right partner before it); returns the partner's row.
    int expandBothSides(int row);
    void unlink(int row);
    // False (and nothing changes) when the technique does not use that pressure.
    bool setStepPressure(int row, Pressure pressure);
    void setStepTools(int row, const QStringList& tools);
    void setStepRest(int row, int seconds);
    void setStepMotion(int row, const std::optional<Motion>& motion);
    void setStepCues(int row, const QList<Cue>& cues);

    // The model: one row per step.
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

    // What a row says: "3. Right jaw: circles" and "1:00 · right side · linked with step 4".
    QString stepSummary(int row) const;
    QString stepAccessibleText(int row) const;

Q_SIGNALS:
    // After every edit, undo and redo, and open().
    void changed();
    // A new routine was opened (selection and fields start afresh).
    void opened();

private:
    struct Fields
    {
        QString name;
        QString summary;
        QString description;
        QStringList regions;
        QStringList preparation;
        QString safety;
        bool safetyAuto = false;
        friend bool operator==(const Fields&, const Fields&) = default;
    };
    class FieldsCommand;
    class StepsCommand;
    class InsertCommand;
    class MoveCommand;
    class LinkCommand;
    friend class FieldsCommand;
    friend class StepsCommand;
    friend class InsertCommand;
    friend class MoveCommand;
    friend class LinkCommand;

    Fields fields() const;
    void applyFields(const Fields& f);
    void replaceSteps(const QList<int>& rows, const QList<Step>& steps);
    void insertStepRows(const QList<int>& rows, const QList<Step>& steps, const QList<int>& links);
    void removeStepRows(const QList<int>& rows);
    void moveStepRow(int from, int to);
    void setLinks(const QList<int>& rows, const QList<int>& links);
    void finishChange();
    void revalidate();
    void relink();

    // Changes one field of a step through `change`, and the linked partner's too.
    void editStep(
        int row, StepField field, const std::function<void(Step&)>& change, const QString& text, bool mergeable);
    void pushFields(const Fields& after, const QString& text, int mergeField);
    // Pushes `command`, adding the regions its steps work to the routine's list if missing.
    void pushWithRegions(QUndoCommand* command, const QString& text, const QStringList& regions);
    Pressure pressureFor(const QString& techniqueId, Pressure wanted) const;

    const Content& m_content;
    Routine m_routine;
    QList<int> m_links;
    int m_nextLink = 1;
    bool m_safetyAuto = false;
    Origin m_origin = Origin::New;
    QString m_packRoot;
    QUndoStack m_undo;
    int m_mergeGeneration = 0;
    QList<FieldProblem> m_problems;
    std::optional<Routine> m_checked;
};

} // namespace knead
