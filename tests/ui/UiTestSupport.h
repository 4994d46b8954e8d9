// SPDX-License-Identifier: MIT
#pragma once

#include "ContentLoader.h"
#include "ContentStore.h"
#include "FakeClock.h"
#include "Journal.h"
#include "MainWindow.h"
#include "RecordingCues.h"
#include "SessionController.h"
#include "SessionStore.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace knead::test {

// A whole Knead, as main() builds it, on the bundled content, a fake clock and user data in
// a temporary folder.
struct TestApp
{
    TestApp()
        : loaded(ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}))
        , store(loaded)
        , settings(dir.filePath(QStringLiteral("knead.conf")))
        , journal(dir.filePath(QStringLiteral("journal")), QStringLiteral("test-device"))
        , sessions(dir.filePath(QStringLiteral("session.json")))
    {
        session.emplace(settings, journal, sessions, clock, cues);
        journal.load();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(AppServices {
            store, settings, journal, *session, cues, {}, dir.path(), packsFolder(), [this] { return packs(); }});
        if (settings.windowGeometry().isEmpty())
            window->resize(1100, 760);
        // Questions are answered by the test, never by a modal loop nobody can see.
        window->setConfirmation([this](const QString& question, const QString&, const QString&) {
            questions.append(question);
            return confirmAnswer;
        });
        return window;
    }

    // The person's own packs, in the temporary folder; what the window loads again after a save.
    QString packsFolder() const { return dir.filePath(QStringLiteral("packs")); }
    QList<PackLocation> packs() const
    {
        return QList<PackLocation> {{sourcePath(QStringLiteral("content")), QStringLiteral("content")}}
        + ContentLoader::userPacks(packsFolder());
    }

    QTemporaryDir dir;
    LoadResult loaded; // what the tests read; the window reads the same through the store
    ContentStore store;
    Settings settings;
    Journal journal;
    SessionStore sessions;
    FakeClock clock;
    RecordingCues cues;
    // As if Knead quit and started again: a new controller over the same files.
    void restart()
    {
        session.reset();
        session.emplace(settings, journal, sessions, clock, cues);
    }

    std::optional<SessionController> session;
    QStringList questions; // asked by the window before ending a session
    bool confirmAnswer = true;
};

} // namespace knead::test
