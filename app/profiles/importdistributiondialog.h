// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/distribution.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Crashcart::App {

struct ImportOutcome
{
    Inventory::Distribution distribution;
    bool existing = false;
    QString errorCode;   // empty: done
    QString error;
};

// Imports a distribution from a disc image (or the Debian installer's folder): first says what
// the image is (read in place: a second or so), lets the name be changed, then hashes it with
// progress and cancel, and records it. Both steps run on a worker thread with a database
// connection of their own; nothing is recorded when cancelled or refused.
class ImportDistributionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDistributionDialog)

public:
    ImportDistributionDialog(const QString &databasePath, const QString &source, QWidget *parent = nullptr);
    ~ImportDistributionDialog() override;

    // What was imported (or found imported before); empty name until then.
    Inventory::Distribution imported() const { return m_imported; }
    QLabel *summaryLabel() const { return m_summary; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *importButton() const { return m_importButton; }
    void startImport();
    void reject() override;

Q_SIGNALS:
    void inspected();
    void finished(bool ok); // the import ended: recorded (or found), or failed / cancelled

private:
    void showInspected(const Result<Inventory::Distribution> &result);
    void showImported(const ImportOutcome &outcome);
    void progress(qint64 done, qint64 total);

    QString m_databasePath;
    QString m_source;
    Inventory::Distribution m_inspected;
    Inventory::Distribution m_imported;
    QLabel *m_summary = nullptr;
    QLineEdit *m_name = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<Inventory::Distribution>> m_inspecting;
    QFutureWatcher<ImportOutcome> m_importing;
};

} // namespace Crashcart::App
