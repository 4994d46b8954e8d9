// SPDX-License-Identifier: MIT
#include "ContentStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace knead {

ContentStore::ContentStore(LoadResult initial, QObject* parent)
    : QObject(parent)
    , m_result(std::move(initial))
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &ContentStore::take);
}

ContentStore::~ContentStore()
{
    m_watcher.waitForFinished();
}

void ContentStore::setLoadOptions(LoadOptions options)
{
    m_options = std::move(options);
}

void ContentStore::loadInBackground(QList<PackLocation> packs)
{
    if (m_watcher.isRunning()) {
        m_pending = std::move(packs);
        m_hasPending = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(
        [packs = std::move(packs), options = m_options] { return ContentLoader::load(packs, options); }));
    Q_EMIT loadingChanged(true);
}

void ContentStore::waitForLoad()
{
    while (m_watcher.isRunning() || m_hasPending) {
        m_watcher.waitForFinished();
        take();
    }
}

void ContentStore::take()
{
    if (m_watcher.future().isValid() && m_watcher.future().isResultReadyAt(0)) {
        m_result = m_watcher.future().takeResult();
        m_watcher.setFuture(QFuture<LoadResult>());
        Q_EMIT changed();
    }
    if (m_hasPending) {
        m_hasPending = false;
        loadInBackground(std::move(m_pending));
        return;
    }
    if (!m_watcher.isRunning())
        Q_EMIT loadingChanged(false);
}

} // namespace knead
