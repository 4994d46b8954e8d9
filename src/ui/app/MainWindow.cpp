// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "AppIcon.h"
#include "Banner.h"
#include "BodyMapWidget.h"
#include "ContentStore.h"
#include "Controls.h"
#include "CueOutput.h"
#include "Favourites.h"
#include "HistoryPage.h"
#include "HomePage.h"
#include "Journal.h"
#include "LibraryPage.h"
#include "PlayerPage.h"
#include "PreferencesDialog.h"
#include "PreparationPage.h"
#include "ReminderToggle.h"
#include "RoutineEditorPage.h"
#include "SessionBar.h"
#include "SessionController.h"
#include "SessionEngine.h"
#include "Settings.h"
#include "SoundSettings.h"
#include "SummaryPage.h"
#include "TechniquePage.h"
#include "Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace knead {

MainWindow::MainWindow(AppServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Before any widget exists, so every page is built in the right palette.
    m_theme = new ThemeController(m_services.settings.theme(), this);
    setWindowTitle(tr("Knead"));
    setWindowIcon(appIcon());
    const Content& content = this->content();
    m_favourites = std::make_unique<Favourites>(m_services.settings);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new Banner(central);
    layout->addWidget(m_banner);
    m_sessionBar = new SessionBar(central);
    layout->addWidget(m_sessionBar);
    connect(m_sessionBar, &SessionBar::returnRequested, this, &MainWindow::returnToSession);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_home = new HomePage(content, m_services.journal, m_stack);
    m_stack->addWidget(m_home);

    connect(m_home, &HomePage::routineRequested, this, &MainWindow::openPreparation);
    connect(m_home, &HomePage::libraryRequested, this, &MainWindow::openLibrary);
    connect(m_home, &HomePage::selectionChanged, this,
        [this](const QStringList& regions) { m_services.settings.setSelectedRegions(regions); });
    connect(&m_services.cues, &CueOutput::unavailable, this, &MainWindow::reportAudioProblem);
    connect(&m_services.content, &ContentStore::changed, this, &MainWindow::onContentChanged);
    SessionController& session = m_services.session;
    connect(&session, &SessionController::ended, this, &MainWindow::onSessionEnded);
    connect(&session, &SessionController::problem, this, &MainWindow::reportProblem);
    connect(&session, &SessionController::updated, this, &MainWindow::updateSessionBar);

    buildMenus();
    buildToolBar();
    const QString quick = m_services.settings.lastRoutine();
    const Routine* featured = content.featuredRoutine();
    m_home->setQuickStart(content.routine(quick) ? quick : featured ? featured->id : QString());
    m_home->setSelectedRegions(m_services.settings.selectedRegions());

    if (!restoreGeometry(m_services.settings.windowGeometry()))
        resize(1120, 760);
    limitToScreen();
    m_stack->setCurrentWidget(m_home);
    updateNavigationActions();
}

PlayerPage* MainWindow::playerPage()
{
    if (!m_player) {
        m_player = new PlayerPage(content(), m_services.session, m_stack);
        m_stack->addWidget(m_player);
        connect(m_player, &PlayerPage::glanceModeRequested, this, &MainWindow::setGlanceMode);
        connect(m_player, &PlayerPage::stopRequested, this, &MainWindow::stopSession);
        // Its actions (Space, Left, Right, Esc, Enter) head the Session menu.
        m_sessionMenu->insertActions(m_sessionMenu->actions().value(0), m_player->sessionActions());
    }
    return m_player;
}

LibraryPage* MainWindow::libraryPage()
{
    if (!m_library) {
        m_library = new LibraryPage(content(), m_services.settings, *m_favourites, m_stack);
        m_stack->addWidget(m_library);
        connect(m_library, &LibraryPage::techniqueRequested, this, &MainWindow::openTechnique);
        connect(m_library, &LibraryPage::routineRequested, this, &MainWindow::openPreparation);
        connect(m_library, &LibraryPage::editRequested, this, &MainWindow::editRoutine);
        connect(m_library, &LibraryPage::duplicateRequested, this, &MainWindow::duplicateRoutine);
    }
    return m_library;
}

TechniquePage* MainWindow::techniquePage()
{
    if (!m_technique) {
        m_technique = new TechniquePage(content(), *m_favourites, m_stack);
        m_stack->addWidget(m_technique);
        connect(m_technique, &TechniquePage::routineRequested, this, &MainWindow::openPreparation);
        connect(m_technique, &TechniquePage::techniqueRequested, this, &MainWindow::openTechnique);
    }
    return m_technique;
}

PreparationPage* MainWindow::preparationPage()
{
    if (!m_preparation) {
        m_preparation = new PreparationPage(content(), m_stack);
        m_stack->addWidget(m_preparation);
        connect(m_preparation, &PreparationPage::startRequested, this, &MainWindow::startSession);
        connect(m_preparation, &PreparationPage::editRequested, this, &MainWindow::editRoutine);
        connect(m_preparation, &PreparationPage::duplicateRequested, this, &MainWindow::duplicateRoutine);
    }
    return m_preparation;
}

SummaryPage* MainWindow::summaryPage()
{
    if (!m_summary) {
        m_summary = new SummaryPage(content(), m_services.journal, m_stack);
        m_stack->addWidget(m_summary);
        connect(m_summary, &SummaryPage::resumeRequested, this, [this] {
            m_services.session.undoStop();
            if (m_services.session.isActive())
                navigate({Page::Player, m_services.session.engine()->routine().id});
        });
        connect(m_summary, &SummaryPage::doneRequested, this, [this](const QMap<QString, int>& after) {
            finishSummary(after);
            openHome();
        });
        connect(
            m_summary, &SummaryPage::repeatRequested, this, [this](const QString& id, const QMap<QString, int>& after) {
                finishSummary(after);
                openPreparation(id);
            });
        connect(m_summary, &SummaryPage::historyRequested, this, [this](const QMap<QString, int>& after) {
            finishSummary(after);
            openHistory();
        });
    }
    return m_summary;
}

// ---- The routine editor (issue 15): its page, its openers, leaving it, reloading after a save ----

RoutineEditorPage* MainWindow::routineEditorPage()
{
    if (!m_editor) {
        m_editor = new RoutineEditorPage(
            content(), userPackFolder(), m_services.dataFolder + QStringLiteral("/routine-drafts"), m_stack);
        m_stack->addWidget(m_editor);
        connect(m_editor, &RoutineEditorPage::packsChanged, this, &MainWindow::reloadPacks);
        connect(m_editor, &RoutineEditorPage::tryRequested, this, &MainWindow::tryRoutine);
        connect(m_editor, &RoutineEditorPage::routineDeleted, this, [this](const QString& name) {
            m_banner->post(tr("Deleted “%1” from your routines.").arg(name),
                {{tr("&Undo"), [this] { m_editor->undoDelete(); }, "undoDeleteRoutine"}});
        });
    }
    return m_editor;
}

void MainWindow::newRoutine()
{
    if (routineEditorPage()->newRoutine())
        navigate({Page::Editor, m_editor->routineId()});
}

void MainWindow::editRoutine(const QString& routineId)
{
    if (routineEditorPage()->editRoutine(routineId))
        navigate({Page::Editor, m_editor->routineId()});
}

void MainWindow::duplicateRoutine(const QString& routineId)
{
    if (routineEditorPage()->duplicateRoutine(routineId))
        navigate({Page::Editor, m_editor->routineId()});
}

void MainWindow::tryRoutine(const Routine& routine)
{
    if (!confirmEndingSession(tr("Try “%1” and end the session in progress?").arg(routine.name), tr("&End it and try")))
        return;
    playerPage(); // listens to the controller before the session starts
    m_services.session.start(routine, {});
    navigate({Page::Player, routine.id});
}

bool MainWindow::mayLeave(const Location& to)
{
    // Leaving the editor asks about unsaved changes. Trying the routine (the player) keeps
    // them, to come back to.
    if (m_location.page != Page::Editor || to.page == Page::Editor || to.page == Page::Player || !m_editor)
        return true;
    return m_editor->confirmLeave();
}

QString MainWindow::userPackFolder() const
{
    return m_services.userPackFolder.isEmpty() ? ContentLoader::userPackFolder() : m_services.userPackFolder;
}

void MainWindow::reloadPacks()
{
    // The pages follow through onContentChanged() once the load is in.
    m_services.content.loadInBackground(m_services.packs
            ? m_services.packs()
            : QList<PackLocation> {ContentLoader::bundledPack()} + ContentLoader::userPacks(userPackFolder()));
}

HistoryPage* MainWindow::historyPage()
{
    if (!m_history) {
        m_history = new HistoryPage(
            content(), m_services.journal, m_services.settings, Journal::defaultFolder(m_services.dataFolder), m_stack);
        m_stack->addWidget(m_history);
        connect(m_history, &HistoryPage::problem, this, &MainWindow::reportProblem);
        connect(m_history, &HistoryPage::message, this, [this](const QString& text) { m_banner->post(text); });
        connect(m_history, &HistoryPage::journalChanged, m_home, &HomePage::refreshTrend);
    }
    return m_history;
}

MainWindow::~MainWindow() = default;

const Content& MainWindow::content() const
{
    return m_services.content.content();
}

void MainWindow::onContentChanged()
{
    // Items may have moved: every page that shows one looks it up again by id.
    m_home->refreshContent();
    if (m_home->quickStartRoutine().isEmpty()) {
        const QString last = m_services.settings.lastRoutine();
        const Routine* featured = content().featuredRoutine();
        m_home->setQuickStart(content().routine(last) ? last : featured ? featured->id : QString());
    }
    if (m_library)
        m_library->reload();
    if (m_editor)
        m_editor->contentChanged();
    if (m_location.page == Page::Technique && !content().technique(m_location.id))
        navigate({Page::Home, {}}, false);
    else if (m_location.page == Page::Technique)
        m_technique->showTechnique(m_location.id);
    if (m_location.page == Page::Preparation && !content().routine(m_location.id))
        navigate({Page::Home, {}}, false);
    else if (m_location.page == Page::Preparation)
        m_preparation->showRoutine(m_location.id);
    reportContentProblems();
}

SessionEngine* MainWindow::session() const
{
    return m_services.session.engine();
}

void MainWindow::buildMenus()
{
    Settings& settings = m_services.settings;

    QMenu* knead = menuBar()->addMenu(tr("&Knead"));
    QAction* library = knead->addAction(icon(Icon::Library), tr("&Library"), this, &MainWindow::openLibrary);
    library->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_libraryAction = library;
    QAction* find = knead->addAction(tr("&Find…"), this, [this] {
        openLibrary();
        libraryPage()->focusSearch();
    });
    find->setShortcut(QKeySequence(tr("Ctrl+F")));
    QAction* newRoutine = knead->addAction(tr("&New routine"), this, &MainWindow::newRoutine);
    newRoutine->setObjectName(QStringLiteral("newRoutine"));
    newRoutine->setShortcut(QKeySequence(tr("Ctrl+N")));
    QAction* history = knead->addAction(icon(Icon::History), tr("&History"), this, &MainWindow::openHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    knead->addSeparator();
    knead->addAction(tr("Where is my &data?"), this, &MainWindow::showDataLocation)
        ->setObjectName(QStringLiteral("whereIsMyData"));
    knead->addSeparator();
    QAction* quit = knead->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(icon(Icon::Back), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_forwardAction = go->addAction(icon(Icon::Forward), tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_homeAction = go->addAction(icon(Icon::Home), tr("&Home"), this, &MainWindow::openHome);
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    m_sessionMenu = session;
    // The player page, and with it the session actions, is built when first needed.
    connect(session, &QMenu::aboutToShow, this, [this] { playerPage(); });
    session->addSeparator();
    m_glanceAction = session->addAction(tr("&Glance mode"));
    m_glanceAction->setCheckable(true);
    m_glanceAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_glanceAction->setToolTip(tr("Full screen with a huge countdown, readable from across the room"));
    connect(m_glanceAction, &QAction::toggled, this, &MainWindow::setGlanceMode);

    QMenu* prefs = menuBar()->addMenu(tr("Se&ttings"));
    m_settingsMenu = prefs;
    QAction* preferences
        = prefs->addAction(icon(Icon::Settings), tr("&Preferences…"), this, [this] { showPreferences(); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    prefs->addSeparator();
    // Voice, chime and ticks, what is said, the voice, speed and volumes: one page.
    QAction* sound = prefs->addAction(tr("&Sound and voice…"), this, &MainWindow::showSoundSettings);
    sound->setObjectName(QStringLiteral("soundSettingsAction"));
    QMenu* leadIn = prefs->addMenu(tr("&Get-ready countdown"));
    auto* leadIns = new QActionGroup(this);
    for (int seconds : {0, 3, 5, 10}) {
        QAction* a = leadIn->addAction(seconds == 0 ? tr("None") : tr("%1 seconds").arg(seconds));
        a->setCheckable(true);
        a->setChecked(settings.leadInSeconds() == seconds);
        leadIns->addAction(a);
        connect(a, &QAction::triggered, this, [&settings, seconds] { settings.setLeadInSeconds(seconds); });
    }
    QMenu* theme = prefs->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    for (const auto& [value, text] : {std::pair {Settings::Theme::System, tr("Follow the &system")},
             std::pair {Settings::Theme::Light, tr("&Light")}, std::pair {Settings::Theme::Dark, tr("&Dark")}}) {
        QAction* a = theme->addAction(text);
        a->setCheckable(true);
        a->setChecked(settings.theme() == value);
        themes->addAction(a);
        const Settings::Theme chosen = value;
        connect(a, &QAction::triggered, this, [this, &settings, chosen] {
            settings.setTheme(chosen);
            m_theme->setTheme(chosen);
        });
    }

    prefs->addSeparator();
    QAction* journalFolder = prefs->addAction(tr("&Journal folder…"), this, [this] {
        openHistory();
        m_history->chooseJournalFolder();
    });
    journalFolder->setObjectName(QStringLiteral("journalFolderAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&Content problems…"), this, &MainWindow::showContentProblems);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Knead"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    // The way back, home and to the library, on every page, for people who use the mouse.
    m_toolBar = addToolBar(tr("Navigation"));
    m_toolBar->setObjectName(QStringLiteral("navigationBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_homeAction);
    m_toolBar->addAction(m_libraryAction);
    for (QAction* a : {m_backAction, m_homeAction, m_libraryAction}) {
        // Tooltips name the shortcut, so the mouse teaches the keys.
        a->setToolTip(
            tr("%1 (%2)").arg(a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::limitToScreen()
{
    // A size saved on a larger screen, or at a smaller scale, must not open off-screen.
    const QScreen* screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = geometry();
    frame.setWidth(std::min(frame.width(), available.width()));
    frame.setHeight(std::min(frame.height(), available.height()));
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
    if (frame != geometry())
        setGeometry(frame);
}

void MainWindow::startUp(const QString& startRoutine)
{
    for (const UserDataProblem& p : std::as_const(m_services.problems))
        reportProblem(p);
    reportContentProblems();
    // Always the home page: a technique read yesterday is not where a person starts today.
    if (!startRoutine.isEmpty())
        openPreparation(startRoutine);
    else
        navigate({Page::Home, {}}, false);
    offerResume();
}

void MainWindow::reportContentProblems()
{
    const qsizetype errors = countErrors(m_services.content.diagnostics());
    if (errors == m_reportedContentErrors)
        return;
    m_reportedContentErrors = errors;
    if (errors > 0)
        m_banner->post(
            tr("Some content could not be loaded (%n problem(s)); Knead runs on the rest.", nullptr, int(errors)),
            {{tr("Details…"), [this] { showContentProblems(); }, "contentProblemsDetails"}});
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_location.page;
}

MainWindow::Location MainWindow::currentLocation() const
{
    return m_location;
}

int MainWindow::currentScroll() const
{
    switch (m_location.page) {
    case Page::Preparation:
        return m_preparation ? m_preparation->scrollPosition() : -1;
    case Page::Technique:
        return m_technique ? m_technique->scrollPosition() : -1;
    case Page::Library:
        return m_library ? m_library->scrollPosition() : -1;
    default:
        return -1;
    }
}

void MainWindow::restoreScroll(int position)
{
    if (position < 0)
        return;
    switch (m_location.page) {
    case Page::Preparation:
        m_preparation->setScrollPosition(position);
        break;
    case Page::Technique:
        m_technique->setScrollPosition(position);
        break;
    case Page::Library:
        m_library->setScrollPosition(position);
        break;
    default:
        break;
    }
}

void MainWindow::navigate(const Location& to, bool record)
{
    if (!mayLeave(to))
        return;
    const Page from = m_location.page;
    // Back and forward return to where a page was scrolled when it was left.
    m_location.scroll = currentScroll();
    if (record && !(to == m_location)) {
        m_backStack.append(m_location);
        m_forwardStack.clear();
        if (m_backStack.size() > 100)
            m_backStack.removeFirst();
    }
    // A session never runs unseen: leaving the player pauses it, and the bar leads back.
    if (m_location.page == Page::Player && to.page != Page::Player && m_services.session.isActive())
        m_services.session.pause();
    m_location = to;
    switch (to.page) {
    case Page::Home:
        m_stack->setCurrentWidget(m_home);
        m_home->refreshTrend();
        break;
    case Page::Library:
        m_stack->setCurrentWidget(libraryPage());
        break;
    case Page::Technique:
        techniquePage()->showTechnique(to.id);
        m_stack->setCurrentWidget(m_technique);
        // At its top once shown: the page's first showing, with the session bar above it,
        // laid the text out again and left it scrolled down. Back and forward restore below.
        m_technique->setScrollPosition(0);
        break;
    case Page::Preparation:
        preparationPage()->showRoutine(to.id);
        m_stack->setCurrentWidget(m_preparation);
        // Load sound and speech now, after the window is up and before Start is pressed.
        m_services.cues.prepare();
        break;
    case Page::Player:
        m_stack->setCurrentWidget(playerPage());
        m_player->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Summary:
        m_stack->setCurrentWidget(summaryPage());
        break;
    case Page::Editor:
        m_stack->setCurrentWidget(routineEditorPage());
        if (from != Page::Editor)
            m_editor->setFocus(Qt::OtherFocusReason); // into the routine's name
        break;
    case Page::History:
        historyPage()->refresh();
        m_stack->setCurrentWidget(m_history);
        break;
    }
    if (to.page != Page::Player && m_glance)
        setGlanceMode(false);
    restoreScroll(to.scroll);
    // The taskbar and window switcher say what is open.
    const Routine* routine
        = to.page == Page::Preparation || to.page == Page::Player ? content().routine(to.id) : nullptr;
    const Technique* technique = to.page == Page::Technique ? content().technique(to.id) : nullptr;
    const QString item = routine ? routine->name : technique ? technique->name : QString();
    setWindowTitle(item.isEmpty() ? tr("Knead") : tr("%1 – Knead").arg(item));
    updateNavigationActions();
    updateSessionBar();
}

void MainWindow::updateSessionBar()
{
    const SessionController& session = m_services.session;
    const bool show = session.isActive() && m_location.page != Page::Player;
    if (show) {
        const SessionEngine* e = session.engine();
        m_sessionBar->setSession(e->routine().name, e->stepIndex() + 1, e->stepCount(), e->isPaused());
    }
    m_sessionBar->setVisible(show);
}

void MainWindow::returnToSession()
{
    if (m_services.session.isActive())
        navigate({Page::Player, m_services.session.engine()->routine().id});
}

bool MainWindow::confirmEndingSession(const QString& question, const QString& endText)
{
    if (!m_services.session.isActive())
        return true;
    const SessionEngine* e = m_services.session.engine();
    const QString detail
        = tr("“%1” is at step %2 of %3.").arg(e->routine().name).arg(e->stepIndex() + 1).arg(e->stepCount());
    if (m_confirmation)
        return m_confirmation(question, detail, endText);
    QMessageBox box(QMessageBox::Question, tr("A session is in progress"), question, QMessageBox::NoButton, this);
    box.setInformativeText(detail);
    box.setTextFormat(Qt::PlainText);
    QPushButton* end = box.addButton(endText, QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("confirmEndSession"));
    QPushButton* keep = box.addButton(tr("&Keep the session"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepSession"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == end;
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(!m_backStack.isEmpty());
    m_forwardAction->setEnabled(!m_forwardStack.isEmpty());
    m_glanceAction->setEnabled(m_location.page == Page::Player);
}

void MainWindow::goBack()
{
    if (m_backStack.isEmpty() || !mayLeave(m_backStack.last()))
        return;
    m_forwardStack.append(m_location);
    navigate(m_backStack.takeLast(), false);
}

void MainWindow::goForward()
{
    if (m_forwardStack.isEmpty() || !mayLeave(m_forwardStack.last()))
        return;
    m_backStack.append(m_location);
    navigate(m_forwardStack.takeLast(), false);
}

void MainWindow::openHome()
{
    navigate({Page::Home, {}});
}

void MainWindow::openLibrary()
{
    navigate({Page::Library, {}});
}

void MainWindow::openTechnique(const QString& techniqueId)
{
    if (content().technique(techniqueId))
        navigate({Page::Technique, techniqueId});
}

void MainWindow::openPreparation(const QString& routineId)
{
    if (content().routine(routineId))
        navigate({Page::Preparation, routineId});
}

void MainWindow::openHistory()
{
    navigate({Page::History, {}});
}

void MainWindow::startSession(const QString& routineId, const QMap<QString, int>& tensionBefore)
{
    const Routine* routine = content().routine(routineId);
    if (!routine)
        return;
    if (!confirmEndingSession(
            tr("Start “%1” and end the session in progress?").arg(routine->name), tr("&End it and start")))
        return;
    playerPage(); // listens to the controller before the session starts
    m_services.settings.setLastRoutine(routineId);
    m_home->setQuickStart(routineId);
    m_services.cues.setLanguage(languageOf(*routine));
    m_services.session.start(*routine, tensionBefore);
    navigate({Page::Player, routineId});
}

QString MainWindow::languageOf(const Routine& routine) const
{
    if (!routine.language.isEmpty())
        return routine.language; // shown translated
    const QList<PackInfo>& packs = content().packs();
    for (const PackInfo& pack : packs) {
        if (pack.id == routine.packId)
            return pack.language;
    }
    return {};
}

void MainWindow::showSoundSettings()
{
    showPreferences(QStringLiteral("soundPreferences"));
}

void MainWindow::stopSession()
{
    m_services.session.stop();
}

void MainWindow::onSessionEnded(const JournalEntry& entry, bool finished)
{
    if (m_glance)
        setGlanceMode(false);
    summaryPage()->showEntry(entry, !finished && m_services.session.canUndoStop());
    navigate({Page::Summary, entry.routineId});
}

void MainWindow::finishSummary(const QMap<QString, int>& after)
{
    m_services.session.setTensionAfter(after);
    m_home->refreshTrend();
}

void MainWindow::offerResume()
{
    const std::optional<StoredSession> stored = m_services.session.interruptedSession(content());
    if (!stored)
        return;
    const Routine* routine = content().routine(stored->snapshot.routineId);
    const StoredSession session = *stored;
    const QString text = tr("Your session “%1” was interrupted at step %2 of %3. Resume where you left off?")
                             .arg(routine->name)
                             .arg(session.snapshot.step + 1)
                             .arg(routine->steps.size());
    const QString id = routine->id;
    const auto resume = [this, session, id] {
        const Routine* r = content().routine(id);
        if (!r || m_services.session.isActive())
            return;
        playerPage();
        m_services.cues.setLanguage(languageOf(*r));
        if (m_services.session.resumeInterrupted(*r, session))
            navigate({Page::Player, id});
    };
    const auto discard = [this, session, id] {
        if (const Routine* r = content().routine(id))
            m_services.session.discardInterrupted(*r, session);
    };
    m_banner->post(text, {{tr("&Resume"), resume, "resumeSession"}, {tr("D&iscard"), discard, "discardSession"}});
}

void MainWindow::setGlanceMode(bool on)
{
    if (on && m_location.page != Page::Player)
        on = false;
    if (on == m_glance)
        return;
    m_glance = on;
    playerPage()->setGlanceMode(on);
    menuBar()->setVisible(!on);
    m_toolBar->setVisible(!on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (isFullScreen()) {
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
    const QSignalBlocker blocker(m_glanceAction);
    m_glanceAction->setChecked(on);
    if (!on && !m_pendingAudioNotice.isEmpty())
        reportAudioProblem(std::exchange(m_pendingAudioNotice, QString()));
}

void MainWindow::reportAudioProblem(const QString& message)
{
    // Told once, not at every start; and never over glance mode, which is for reading the
    // countdown from across the room: it waits until glance mode ends.
    if (message == m_services.settings.audioNoticeSeen())
        return;
    if (m_glance) {
        m_pendingAudioNotice = message;
        return;
    }
    m_services.settings.setAudioNoticeSeen(message);
    m_banner->post(message);
}

void MainWindow::reportProblem(const UserDataProblem& problem)
{
    if (!problem.isEmpty())
        m_banner->post(problem.toString());
}

void MainWindow::showContentProblems()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Content problems"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(
        tr("Knead skipped the items below and runs on the rest. Each line names the file, line and field."), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("contentProblemsText"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QStringList lines;
    for (const Diagnostic& d : m_services.content.diagnostics())
        lines.append(d.toString());
    text->setPlainText(lines.isEmpty() ? tr("No problems: all content loaded.") : lines.join(QLatin1Char('\n')));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}

QList<MainWindow::ShortcutGroup> MainWindow::shortcutGroups()
{
    // Built from the actions themselves, so the list is never out of date: every menu's
    // actions with keys, the keys of the pages' own actions, and the keys custom widgets
    // handle (documented by the widgets).
    const auto fromActions = [](const QList<QAction*>& actions) {
        QList<std::pair<QString, QString>> rows;
        for (const QAction* a : actions) {
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            if (!keys.isEmpty())
                rows.append(
                    {a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)), keys.join(QStringLiteral(", "))});
        }
        return rows;
    };
    playerPage(); // its actions head the Session menu
    QList<ShortcutGroup> groups;
    for (QAction* menuAction : menuBar()->actions()) {
        if (QMenu* menu = menuAction->menu())
            groups.append({menuAction->text().remove(QLatin1Char('&')), fromActions(menu->actions())});
    }
    groups.append({tr("Library"), fromActions(libraryPage()->actions()) + LibraryPage::keyHelp()});
    groups.append({tr("Technique page"), fromActions(techniquePage()->actions())});
    const RoutineEditorPage* editor = routineEditorPage();
    groups.append({tr("Routine editor"), fromActions(editor->actions()) + fromActions(editor->stepList()->actions())});
    groups.append({tr("Body map"), BodyMapWidget::keyHelp()});
    groups.removeIf([](const ShortcutGroup& g) { return g.rows.isEmpty(); });
    return groups;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* tree = new QTreeWidget(&dialog);
    tree->setObjectName(QStringLiteral("shortcutsList"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    for (const ShortcutGroup& group : shortcutGroups()) {
        auto* heading = new QTreeWidgetItem(tree, {group.title});
        QFont bold = heading->font(0);
        bold.setWeight(QFont::DemiBold);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const auto& [what, keys] : group.rows)
            new QTreeWidgetItem(tree, {QStringLiteral("   ") + what, keys});
    }
    tree->resizeColumnToContents(0);
    layout->addWidget(tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(560, 560);
    dialog.exec();
}

void MainWindow::showDataLocation()
{
    const QString packs = userPackFolder();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("dataLocationDialog"));
    dialog.setWindowTitle(tr("Where your data lives"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(&dialog);
    text->setObjectName(QStringLiteral("dataLocationText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        tr("Your journal is kept in\n%5\n(one file per computer; choose another folder in Preferences → Journal)\n\n"
           "Any interrupted session is kept in\n%1\n\nYour settings are kept in\n%2\n\n"
           "Your own content packs go in the folder below, one folder each; the routines you make in Knead are "
           "the pack my-routines there. Knead finds it under XDG_DATA_HOME when that is set.\n%3\n\n"
           "Routines that still have problems wait as drafts in\n%4")
            .arg(QDir::toNativeSeparators(m_services.dataFolder), QDir::toNativeSeparators(m_services.settings.path()),
                QDir::toNativeSeparators(packs),
                QDir::toNativeSeparators(m_services.dataFolder + QStringLiteral("/routine-drafts")),
                QDir::toNativeSeparators(m_services.journal.folder())));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton* open = buttons->addButton(tr("&Open the pack folder"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openPackFolder"));
    // Made first if need be, so there is always something to open.
    connect(open, &QPushButton::clicked, &dialog, [packs] {
        QDir().mkpath(packs);
        QDesktopServices::openUrl(QUrl::fromLocalFile(packs));
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, dialog.sizeHint().height());
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Knead"),
        tr("Knead %1\n\nGuided self-massage routines for tension in the head, neck, back and legs.\n\n"
           "Knead gives general guidance, not medical advice. Stop if anything hurts sharply, "
           "and see a professional for pain that persists or worsens.\n\nMIT License.")
            .arg(QStringLiteral(KNEAD_VERSION)),
        QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

PreferencesDialog* MainWindow::showPreferences(const QString& page)
{
    if (!m_preferences) {
        QList<PreferencesDialog::Page> pages;
        pages.append({tr("Sound and voice"), QStringLiteral("soundPreferences"),
            [this](QWidget* parent) { return new SoundSettings(m_services.settings, m_services.cues, parent); }});
        pages.append({tr("Language and appearance"), QStringLiteral("languagePreferences"), [this](QWidget* parent) {
                          return new LanguagePage(
                              m_services.settings, [this](Settings::Theme t) { m_theme->setTheme(t); }, parent);
                      }});
        if (m_reminderPage)
            pages.append({tr("Reminders"), QStringLiteral("reminderPreferences"), m_reminderPage});
        pages.append({tr("Journal"), QStringLiteral("journalPreferences"), [this](QWidget* parent) {
                          return new JournalFolderPage([this] { return m_services.journal.folder(); },
                              [this] { historyPage()->chooseJournalFolder(); }, parent);
                      }});
        m_preferences = new PreferencesDialog(pages, this);
    }
    if (!page.isEmpty())
        m_preferences->showPage(page);
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
    return m_preferences;
}

void MainWindow::attachReminders(
    ReminderScheduler& scheduler, std::function<void()> openSettings, std::function<QWidget*(QWidget*)> settingsPage)
{
    m_reminderPage = std::move(settingsPage);
    if (m_preferences) { // made before reminders came: made again with their page
        delete m_preferences;
        m_preferences = nullptr;
    }
    m_home->addAccessory(new ReminderToggle(scheduler, openSettings));
    m_settingsMenu->addSeparator();
    QAction* reminders = m_settingsMenu->addAction(tr("&Reminders…"), this, std::move(openSettings));
    reminders->setObjectName(QStringLiteral("remindersSettings"));
}

void MainWindow::quit()
{
    m_quitting = true;
    if (!close())
        m_quitting = false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved edits in the routine editor are asked about first, whatever closing does next.
    if (m_editor && !m_editor->confirmLeave()) {
        m_quitting = false;
        event->ignore();
        return;
    }
    // Closed (not quit) while reminders are on: Knead stays, without its window. Never during
    // a session, which must not run unseen.
    if (!m_quitting && m_closeToBackground && !m_services.session.isActive() && m_closeToBackground()) {
        m_services.settings.setWindowGeometry(saveGeometry());
        m_services.settings.flush();
        event->accept();
        Q_EMIT closed(true);
        return;
    }
    if (!confirmEndingSession(tr("Quit Knead during a session?"), tr("&Quit"))) {
        m_quitting = false;
        event->ignore();
        return;
    }
    // Nothing is lost on quit: the running session's position is saved for resuming.
    m_services.session.saveForQuit();
    if (m_glance)
        setGlanceMode(false);
    m_services.settings.setWindowGeometry(saveGeometry());
    m_services.settings.flush();
    event->accept();
    Q_EMIT closed(false);
}

} // namespace knead
