// SPDX-License-Identifier: MIT
#pragma once

#include "ContentLoader.h"

#include <QFutureWatcher>
#include <QObject>

namespace knead {

// The content the app runs on, and where it changes: the bundled pack is there from the
// first frame, the person's own packs arrive from a background thread, and an edited routine
// or an imported pack is loaded again. Pages keep a reference to content(), which stays the
// same object; items may move when it changes, so pages look them up again on changed().
class ContentStore : public QObject
{
    Q_OBJECT

public:
    explicit ContentStore(LoadResult initial = {}, QObject* parent = nullptr);
    ~ContentStore() override;

    const Content& content() const { return m_result.content; }
    const QList<Diagnostic>& diagnostics() const { return m_result.diagnostics; }
    bool isLoading() const { return m_watcher.isRunning(); }

    // Loads `base` then `more` on a thread pool thread and takes the result when it is in.
    // A load started while another runs replaces it: the newer wins.
    void loadInBackground(QList<PackLocation> packs);
    // How later loads read the packs (the person's language).
    void setLoadOptions(LoadOptions options);
    // Waits for a background load, e.g. before quitting or in tests.
    void waitForLoad();

Q_SIGNALS:
    void changed();
    void loadingChanged(bool loading);

private:
    void take();

    LoadResult m_result;
    QFutureWatcher<LoadResult> m_watcher;
    LoadOptions m_options;
    QList<PackLocation> m_pending; // a load asked for while one runs
    bool m_hasPending = false;
};

} // namespace knead
