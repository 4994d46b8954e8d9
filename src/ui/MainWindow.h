// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "Content.h"
#include "Diagnostic.h"
#include "UserDataFile.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;

namespace knead {

class Banner;
class CueOutput;
class Favourites;
class HomePage;
class Journal;
class LibraryPage;
class PlayerPage;
class PreparationPage;
class SessionEngine;
class SessionRecorder;
class SessionStore;
class Settings;
class SummaryPage;
class TechniquePage;

// Everything the window works with, built by main() (or a test) and handed in: no singletons.
struct AppServices
{
    const Content& content;
    QList<Diagnostic> diagnostics;
    Settings& settings;
    Journal& journal;
    SessionStore& sessions;
    const Clock& clock;
    CueOutput& cues;
    QList<UserDataProblem> problems; // found while reading user data at start
    QString dataFolder;              // where journal and session live, to tell the person
};

// The application window: the pages in a stack with back/forward history, the menus, the
// message banner, and the life of a session from preparation to summary.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Home, Library, Technique, Preparation, Player, Summary };
    Q_ENUM(Page)

    explicit MainWindow(AppServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Call once the window is shown: restores the last page, offers to resume an
    // interrupted session and reports problems found at start.
    void startUp(const QString& startRoutine = {});

    Page currentPage() const;
    HomePage* homePage() const { return m_home; }
    // The other pages are built the first time they are needed, not at start-up.
    PlayerPage* playerPage();
    LibraryPage* libraryPage();
    TechniquePage* techniquePage();
    PreparationPage* preparationPage();
    SummaryPage* summaryPage();
    Banner* banner() const { return m_banner; }
    SessionEngine* session() const { return m_engine.get(); }

public Q_SLOTS:
    void openHome();
    void openLibrary();
    void openTechnique(const QString& techniqueId);
    void openPreparation(const QString& routineId);
    void startSession(const QString& routineId, const QMap<QString, int>& tensionBefore);
    void goBack();
    void goForward();
    void setGlanceMode(bool on);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Location
    {
        Page page = Page::Home;
        QString id;
        friend bool operator==(const Location&, const Location&) = default;
    };

    void buildMenus();
    void navigate(const Location& to, bool record = true);
    Location currentLocation() const;
    void updateNavigationActions();
    void onSessionState();
    void endSession();
    void finishSummary(const QMap<QString, int>& after);
    void offerResume();
    void reportProblem(const UserDataProblem& problem);
    void showContentProblems();
    void showShortcuts();
    void showAbout();
    void showDataLocation();
    void restoreLastPage();

    AppServices m_services;
    std::unique_ptr<Favourites> m_favourites;
    std::unique_ptr<SessionEngine> m_engine;
    std::unique_ptr<SessionRecorder> m_recorder;
    Banner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    HomePage* m_home = nullptr;
    LibraryPage* m_library = nullptr;
    TechniquePage* m_technique = nullptr;
    PreparationPage* m_preparation = nullptr;
    PlayerPage* m_player = nullptr;
    SummaryPage* m_summary = nullptr;
    QList<Location> m_backStack;
    QList<Location> m_forwardStack;
    Location m_location;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_glanceAction = nullptr;
    QMenu* m_sessionMenu = nullptr;
    bool m_glance = false;
    bool m_wasMaximized = false;
};

} // namespace knead
