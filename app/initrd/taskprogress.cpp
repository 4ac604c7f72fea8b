// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

namespace Crashcart::App {

namespace {
constexpr int kSteps = 1000;
constexpr int kPollMs = 100;
} // namespace

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)), m_timer(new QTimer(this))
{
    m_bar->setRange(0, kSteps);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancelButton);
    m_timer->setInterval(kPollMs);
    // The core reports progress from the worker thread for every chunk; a timer reading two
    // atomics keeps the GUI thread free of a signal storm.
    connect(m_timer, &QTimer::timeout, this, &TaskProgress::poll);
    connect(m_cancelButton, &QPushButton::clicked, this, &TaskProgress::cancel);
    connect(&m_watcher, &QFutureWatcher<Finish>::finished, this, &TaskProgress::finished);
    hide();
}

TaskProgress::~TaskProgress()
{
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool TaskProgress::isBusy() const
{
    return m_shared != nullptr;
}

bool TaskProgress::start(const QString &label, Work work)
{
    if (isBusy())
        return false;
    m_shared = std::make_shared<Shared>();
    m_label->setText(label);
    m_bar->setRange(0, 0); // busy until the first report
    m_cancelButton->setEnabled(true);
    show();
    m_timer->start();
    std::shared_ptr<Shared> shared = m_shared;
    m_watcher.setFuture(QtConcurrent::run([shared, work = std::move(work)]() -> Finish {
        const Initrd::Progress progress = [shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
        };
        return work(progress, &shared->cancel);
    }));
    Q_EMIT busyChanged(true);
    return true;
}

void TaskProgress::cancel()
{
    if (!m_shared)
        return;
    m_shared->cancel = true;
    m_cancelButton->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void TaskProgress::poll()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total;
    if (total <= 0)
        return;
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, kSteps);
    m_bar->setValue(int(std::min<qint64>(kSteps, m_shared->done * kSteps / total)));
}

void TaskProgress::finished()
{
    m_timer->stop();
    m_shared.reset();
    hide();
    const Finish finish = m_watcher.future().result();
    Q_EMIT busyChanged(false);
    if (finish)
        finish();
}

} // namespace Crashcart::App
