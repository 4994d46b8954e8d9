// SPDX-License-Identifier: MIT
#pragma once

#include "ContentLoader.h"
#include "CueOutput.h"
#include "FakeClock.h"
#include "Journal.h"
#include "MainWindow.h"
#include "SessionStore.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QTemporaryDir>

#include <memory>

namespace knead::test {

// Records cues instead of playing them.
class RecordingCues final : public CueOutput
{
public:
    void prepare() override { ++prepared; }
    void cue(const SessionEngine::Cue& c) override { cues.append(c); }
    void tick() override { ++ticks; }
    void silence() override { ++silenced; }

    int count(SessionEngine::CueKind kind) const
    {
        return int(std::count_if(cues.cbegin(), cues.cend(), [&](const SessionEngine::Cue& c) { return c.kind == kind; }));
    }

    QList<SessionEngine::Cue> cues;
    int prepared = 0;
    int ticks = 0;
    int silenced = 0;
};

// A whole Knead, as main() builds it, on the bundled content, a fake clock and user data in
// a temporary folder.
struct TestApp
{
    TestApp()
        : loaded(ContentLoader::load({{sourcePath(QStringLiteral("content")), QStringLiteral("content")}})),
          settings(dir.filePath(QStringLiteral("knead.conf"))),
          journal(dir.filePath(QStringLiteral("journal.json"))),
          sessions(dir.filePath(QStringLiteral("session.json")))
    {
        journal.load();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(
            AppServices{loaded.content, loaded.diagnostics, settings, journal, sessions, clock, cues, {}, dir.path()});
        if (settings.windowGeometry().isEmpty())
            window->resize(1100, 760);
        return window;
    }

    QTemporaryDir dir;
    LoadResult loaded;
    Settings settings;
    Journal journal;
    SessionStore sessions;
    FakeClock clock;
    RecordingCues cues;
};

} // namespace knead::test
