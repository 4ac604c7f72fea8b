// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netboot/preflight.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Crashcart {
class Workspace;
}

namespace Crashcart::App {

class ServerConfigForm;

// The pre-flight check of the configuration as entered: what would keep the servers from
// working, worst first, each finding with its advice below it.
class PreflightPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightPanel)

public:
    PreflightPanel(const ServerConfigForm &form, const Workspace &workspace, QWidget *parent = nullptr);

    // Checks in the background (about six seconds when DHCP is on); ignored while a check runs.
    void run();
    bool isRunning() const;
    void showFindings(const QList<Netboot::Finding> &findings);
    // The findings of the last check as shown: the finding, a line break, the advice.
    QStringList findingTexts() const { return m_findingTexts; }

    QPushButton *checkButton() const { return m_checkButton; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void makeWidgets();
    void layOut();
    void clearRows();
    void addRow(const Netboot::Finding &finding);

    const ServerConfigForm &m_form;
    const Workspace &m_workspace;
    Netboot::Preflight *m_preflight = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_findings = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QStringList m_findingTexts;
};

} // namespace Crashcart::App
