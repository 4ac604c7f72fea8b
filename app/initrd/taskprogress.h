// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/image.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Crashcart::App {

// Runs one long job at a time on a pool thread (opening or saving an image) and shows it: what
// runs, a progress bar and Cancel. The job returns what to do with its result, which runs
// here on the GUI thread, unless this widget is gone by then.
class TaskProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgress)

public:
    using Finish = std::function<void()>;
    using Work = std::function<Finish(const Initrd::Progress &progress, const std::atomic_bool *cancel)>;

    explicit TaskProgress(QWidget *parent = nullptr);
    // Cancels a running job and waits for it.
    ~TaskProgress() override;

    // False (and nothing starts) while another job runs.
    bool start(const QString &label, Work work);
    bool isBusy() const;
    void cancel();
    QPushButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    struct Shared
    {
        std::atomic_bool cancel { false };
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
    };

    void poll();
    void finished();

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Finish> m_watcher;
    std::shared_ptr<Shared> m_shared;
};

} // namespace Crashcart::App
