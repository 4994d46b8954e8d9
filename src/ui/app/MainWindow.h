// SPDX-License-Identifier: MIT
#pragma once

#include "Content.h"
#include "ContentLoader.h"
#include "Diagnostic.h"
#include "UserDataFile.h"

#include <QMainWindow>
#include <QMap>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QToolBar;
class QStackedWidget;

namespace knead {

class Banner;
class ContentStore;
class CueOutput;
class Favourites;
class HistoryPage;
class PreferencesDialog;
class HomePage;
class Journal;
struct JournalEntry;
class LibraryPage;
class PlayerPage;
class PreparationPage;
class ReminderScheduler;
class RoutineEditorPage;
class SessionBar;
class SessionController;
class SessionEngine;
class Settings;
class SummaryPage;
class TechniquePage;
class ThemeController;

// Everything the window works with, built by main() (or a test) and handed in: no singletons.
struct AppServices
{
    ContentStore& content;
    Settings& settings;
    Journal& journal;
    SessionController& session;
    CueOutput& cues;
    QList<UserDataProblem> problems; // found while reading user data at start
    QString dataFolder; // where journal and session live, to tell the person
    // The person's own packs (the routine editor saves into one), and the packs to load again
    // when they change; by default the standard user pack folder, and bundled + user packs.
    QString userPackFolder = {};
    std::function<QList<PackLocation>()> packs = {};
};

// The application window: the pages in a stack with back/forward history, the menus and the
// message banner. It shows what the session controller reports (the player while a session
// runs, the summary when it ends) and never lets a session run unseen: leaving the player
// pauses it, and a bar on every page leads back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Home, Library, Technique, Preparation, Player, Summary, Editor, History };
    Q_ENUM(Page)

    explicit MainWindow(AppServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // How the window asks before ending a session in progress (starting another routine,
    // quitting): a question box by default. Tests answer without a modal loop.
    using Confirmation = std::function<bool(const QString& question, const QString& detail, const QString& endText)>;
    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }

    // The keyboard help: each menu and page with its actions' keys, and the keys custom
    // widgets handle. Built from the actions, so it is never out of date.
    struct ShortcutGroup
    {
        QString title;
        QList<std::pair<QString, QString>> rows; // what, keys
    };
    QList<ShortcutGroup> shortcutGroups();

    // Call once the window is shown: restores the last page, offers to resume an
    // interrupted session and reports problems found at start.
    void startUp(const QString& startRoutine = {});

    // Reminders: the toggle on the home page and Settings > Reminders…, which calls
    // `openSettings`. When `keepRunning` says so, closing the window (not Quit) leaves Knead
    // running in the background, and closed(true) tells the owner.
    // `openSettings` opens the reminder preferences; `settingsPage` makes that page.
    void attachReminders(ReminderScheduler& scheduler, std::function<void()> openSettings,
        std::function<QWidget*(QWidget*)> settingsPage);
    // Preferences (Ctrl+,), on the page with this object name if given; made once, kept.
    PreferencesDialog* showPreferences(const QString& page = {});
    PreferencesDialog* preferences() const { return m_preferences; }
    void setCloseToBackground(std::function<bool()> keepRunning) { m_closeToBackground = std::move(keepRunning); }

    Page currentPage() const;
    HomePage* homePage() const { return m_home; }
    // The other pages are built the first time they are needed, not at start-up.
    PlayerPage* playerPage();
    LibraryPage* libraryPage();
    TechniquePage* techniquePage();
    PreparationPage* preparationPage();
    SummaryPage* summaryPage();
    RoutineEditorPage* routineEditorPage();
    HistoryPage* historyPage();
    Banner* banner() const { return m_banner; }
    SessionBar* sessionBar() const { return m_sessionBar; }
    SessionEngine* session() const;

public Q_SLOTS:
    void openHome();
    void openLibrary();
    void openTechnique(const QString& techniqueId);
    void openPreparation(const QString& routineId);
    void openHistory();
    // Starts a routine; asks first when another session is in progress.
    void startSession(const QString& routineId, const QMap<QString, int>& tensionBefore);
    void returnToSession();
    // Stops the running session; the summary offers to resume it.
    void stopSession();
    void goBack();
    void goForward();
    void setGlanceMode(bool on);
    // The routine editor: each asks before unsaved changes in the editor are lost.
    void newRoutine();
    void editRoutine(const QString& routineId); // the person's own in place, others as a copy
    void duplicateRoutine(const QString& routineId);
    // Starts the routine as the editor has it, saved or not.
    void tryRoutine(const knead::Routine& routine);
    // Quits Knead, whatever closing the window would do (asks first during a session).
    void quit();

Q_SIGNALS:
    // The window closed: to the background (Knead keeps running for reminders), or to quit.
    void closed(bool toBackground);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Location
    {
        Page page = Page::Home;
        QString id;
        int scroll = -1; // where the page was scrolled when it was left; -1: its top
        // The same place, wherever it was scrolled.
        friend bool operator==(const Location& a, const Location& b) { return a.page == b.page && a.id == b.id; }
    };

    const Content& content() const;
    void onContentChanged();
    void buildMenus();
    void buildToolBar();
    int currentScroll() const;
    void restoreScroll(int position);
    void limitToScreen();
    void navigate(const Location& to, bool record = true);
    Location currentLocation() const;
    void updateNavigationActions();
    void onSessionEnded(const JournalEntry& entry, bool finished);
    void updateSessionBar();
    bool confirmEndingSession(const QString& question, const QString& endText);
    void finishSummary(const QMap<QString, int>& after);
    void offerResume();
    void reportProblem(const UserDataProblem& problem);
    void reportAudioProblem(const QString& message);
    void showContentProblems();
    void showShortcuts();
    void showAbout();
    void showDataLocation();
    void showSoundSettings();
    QString languageOf(const Routine& routine) const;
    void reportContentProblems();
    bool mayLeave(const Location& to);
    QString userPackFolder() const;
    void reloadPacks();

    AppServices m_services;
    std::unique_ptr<Favourites> m_favourites;
    ThemeController* m_theme = nullptr;
    Banner* m_banner = nullptr;
    SessionBar* m_sessionBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    HomePage* m_home = nullptr;
    LibraryPage* m_library = nullptr;
    TechniquePage* m_technique = nullptr;
    PreparationPage* m_preparation = nullptr;
    PlayerPage* m_player = nullptr;
    SummaryPage* m_summary = nullptr;
    RoutineEditorPage* m_editor = nullptr;
    HistoryPage* m_history = nullptr;
    QList<Location> m_backStack;
    QList<Location> m_forwardStack;
    Location m_location;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_glanceAction = nullptr;
    QAction* m_homeAction = nullptr;
    QAction* m_libraryAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QMenu* m_sessionMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    PreferencesDialog* m_preferences = nullptr;
    std::function<QWidget*(QWidget*)> m_reminderPage; // set when reminders are attached
    std::function<bool()> m_closeToBackground;
    bool m_quitting = false;
    Confirmation m_confirmation;
    qsizetype m_reportedContentErrors = 0;
    QString m_pendingAudioNotice;
    bool m_glance = false;
    bool m_wasMaximized = false;
};

} // namespace knead
