// SPDX-License-Identifier: MIT
#pragma once

#include "LocalDays.h"
#include "UserDataFile.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QBoxLayout;
class QComboBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace knead {

class Content;
class Journal;
class PracticeCalendar;
class SessionListModel;
class Settings;
class TensionChart;

// "Did it help?": the days practised and the streaks they make, a tension chart per region,
// what works for you, and every session, newest first, with delete (undoable) and a CSV
// export. Also where the journal folder is, and the way to move it into a synced folder.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    using WallClock = std::function<QDateTime()>;
    // Asks where to save or which folder to use: a file dialog by default; tests answer.
    using PathChooser = std::function<QString(const QString& suggested)>;

    HistoryPage(const Content& content, Journal& journal, Settings& settings, QString defaultJournalFolder,
        QWidget* parent = nullptr);
    ~HistoryPage() override;

    void setWallClock(WallClock clock) { m_wallClock = std::move(clock); }
    void setLocalDays(const LocalDays& days) { m_days = days; }
    void setSaveFileChooser(PathChooser chooser) { m_saveChooser = std::move(chooser); }
    void setFolderChooser(PathChooser chooser) { m_folderChooser = std::move(chooser); }

    // Reads the journal folder again if another instance or a sync tool changed it, and
    // shows what changed. Cheap when nothing did.
    void refresh();

    QString selectedRegion() const;
    void selectRegion(const QString& regionId);
    TensionChart* chart() const { return m_chart; }
    QListView* sessionList() const { return m_list; }
    QUndoStack* undoStack() const { return m_undo; }

public Q_SLOTS:
    // Deletes the session selected in the list; undo brings it back.
    void deleteSelected();
    void exportCsv();
    // Asks for a folder and moves the journal there (copying; the old files stay).
    void chooseJournalFolder();
    void moveJournalTo(const QString& folder);

Q_SIGNALS:
    void problem(const knead::UserDataProblem& problem);
    // Something for the banner: where the journal went, and what happened to the old files.
    void message(const QString& text);
    // The journal changed here (a deletion, an undo, a move): other pages may show it.
    void journalChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuild();
    void updateChart();
    void updateWhatWorks();
    void updateFolderText();
    void showUndoBar(const QString& text);

    const Content& m_content;
    Journal& m_journal;
    Settings& m_settings;
    QString m_defaultFolder;
    LocalDays m_days;
    WallClock m_wallClock = [] { return QDateTime::currentDateTimeUtc(); };
    PathChooser m_saveChooser;
    PathChooser m_folderChooser;
    quint64 m_shownRevision = 0;
    bool m_shownOnce = false;

    QBoxLayout* m_columns = nullptr;
    QLabel* m_streaks = nullptr;
    PracticeCalendar* m_calendar = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_span = nullptr;
    TensionChart* m_chart = nullptr;
    QLabel* m_chartSummary = nullptr;
    QLabel* m_whatWorks = nullptr;
    QLabel* m_comparison = nullptr;
    QLabel* m_folder = nullptr;
    QLabel* m_exportStatus = nullptr;
    SessionListModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_delete = nullptr;
    QFrame* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QUndoStack* m_undo = nullptr;
};

} // namespace knead
