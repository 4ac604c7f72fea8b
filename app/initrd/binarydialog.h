// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "depplanview.h"
#include "initrd/editsession.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Crashcart::App {

// "Add a binary with its libraries": pick a program on this system, see every library the
// loader would load, where it was found and whether the image has it, then add what is missing.
class BinaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BinaryDialog)

public:
    BinaryDialog(const Initrd::EditSession &session, QWidget *parent = nullptr);
    ~BinaryDialog() override;

    void setBinary(const QString &path);
    // Plans on a pool thread; planned() when done.
    void plan();
    const PlanOutcome &outcome() const { return m_outcome; }
    bool isPlanning() const { return m_watcher.isRunning(); }
    DepPlanView *planView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void planned();

private:
    void browse();
    void showOutcome();

    Initrd::EditSession m_session;
    QLineEdit *m_binary = nullptr;
    QLineEdit *m_dest = nullptr;
    QPushButton *m_planButton = nullptr;
    DepPlanView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QFutureWatcher<PlanOutcome> m_watcher;
    PlanOutcome m_outcome;
};

} // namespace Crashcart::App
