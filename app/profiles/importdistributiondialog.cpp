// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdistributiondialog.h"

#include "errorlabel.h"

#include "distro/importer.h"
#include "inventory/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Crashcart::App {

ImportDistributionDialog::ImportDistributionDialog(const QString &databasePath, const QString &source, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_source(source), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Import distribution"));
    m_summary = new QLabel(tr("Reading %1…").arg(QFileInfo(source).fileName()), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit(this);
    m_name->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_message = makeErrorLabel(this);
    auto *note = new QLabel(tr("The image is read where it is, never mounted, extracted or copied: keep it in place. "
                               "Its SHA-256 is checked so a second import of it is recognised."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDistributionDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDistributionDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);

    connect(&m_inspecting, &QFutureWatcher<Result<Inventory::Distribution>>::finished, this,
            [this] { showInspected(m_inspecting.result()); });
    connect(&m_importing, &QFutureWatcher<ImportOutcome>::finished, this, [this] { showImported(m_importing.result()); });
    m_inspecting.setFuture(QtConcurrent::run([source] { return Distro::inspect(source); }));
}

ImportDistributionDialog::~ImportDistributionDialog()
{
    m_cancel->store(true);
    m_inspecting.waitForFinished();
    m_importing.waitForFinished();
}

void ImportDistributionDialog::showInspected(const Result<Inventory::Distribution> &result)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!result) {
        m_summary->setText(tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(m_source)));
        setError(m_message, result.error().message);
        Q_EMIT finished(false);
        return;
    }
    m_inspected = *result;
    const auto &d = m_inspected;
    QString text = tr("<b>%1 %2</b> (%3) for %4, installed with a %5.")
                       .arg(d.product.toHtmlEscaped(), d.version.toHtmlEscaped(), d.family, d.arch,
                            d.installer() == Inventory::InstallerKind::Preseed ? tr("preseed") : tr("kickstart"));
    text += QStringLiteral("<br>") + tr("Kernel %1, initrd %2.").arg(d.kernel.toHtmlEscaped(), d.initrd.toHtmlEscaped());
    text += QStringLiteral("<br>") + (d.shim.isEmpty() ? tr("No signed shim on the image: Secure Boot hosts need another chain.")
                                                       : tr("Secure Boot: shim %1, GRUB %2.").arg(d.shim, d.grub));
    if (d.size > 0)
        text += QStringLiteral("<br>") + tr("Image: %1.").arg(QLocale().formattedDataSize(d.size));
    m_summary->setText(text);
    m_name->setText(d.name);
    m_name->setEnabled(true);
    m_importButton->setEnabled(true);
    m_name->setFocus();
    m_name->selectAll();
    adjustSize();
    Q_EMIT inspected();
}

void ImportDistributionDialog::progress(qint64 done, qint64 total)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    m_progress->setFormat(tr("Checking the image: %p%"));
}

void ImportDistributionDialog::startImport()
{
    if (auto valid = Inventory::validateDistributionName(m_name->text().trimmed()); !valid) {
        setError(m_message, valid.error().message);
        return;
    }
    setError(m_message, QString());
    m_name->setEnabled(false);
    m_importButton->setEnabled(false);
    const QPointer<ImportDistributionDialog> self(this);
    Distro::ImportRequest request { m_source, m_name->text().trimmed(), {}, nullptr };
    request.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self.data(), [self, done, total] {
            if (self)
                self->progress(done, total);
        }, Qt::QueuedConnection);
    };
    const QString databasePath = m_databasePath;
    auto cancel = m_cancel;
    m_importing.setFuture(QtConcurrent::run([databasePath, request, cancel]() mutable {
        request.cancel = cancel.get();
        ImportOutcome outcome;
        auto db = Inventory::Database::openSqlite(databasePath);
        if (!db) {
            outcome.errorCode = db.error().code;
            outcome.error = db.error().message;
            return outcome;
        }
        auto result = Distro::importDistribution(**db, request);
        if (!result) {
            outcome.errorCode = result.error().code;
            outcome.error = result.error().message;
            return outcome;
        }
        outcome.distribution = result->distribution;
        outcome.existing = result->existing;
        return outcome;
    }));
}

void ImportDistributionDialog::showImported(const ImportOutcome &outcome)
{
    if (!outcome.errorCode.isEmpty()) {
        setError(m_message, outcome.error);
        m_name->setEnabled(true);
        m_importButton->setEnabled(true);
        Q_EMIT finished(false);
        return;
    }
    m_imported = outcome.distribution;
    m_progress->setValue(m_progress->maximum());
    m_summary->setText(outcome.existing
                           ? tr("This image was imported before, as <b>%1</b>. Nothing was added.").arg(m_imported.name)
                           : tr("Imported <b>%1</b>: its tree is served under /distros/%1/. Choose it in a profile "
                                "(Hosts › Profiles).")
                                 .arg(m_imported.name));
    m_buttons->removeButton(m_importButton);
    m_importButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    Q_EMIT finished(true);
}

void ImportDistributionDialog::reject()
{
    // Cancel stops the hashing; the dialog closes once the worker has let go.
    m_cancel->store(true);
    m_inspecting.waitForFinished();
    m_importing.waitForFinished();
    QDialog::reject();
}

} // namespace Crashcart::App
