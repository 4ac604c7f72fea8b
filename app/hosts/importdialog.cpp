// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "importplanmodel.h"

#include "inventory/database.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

namespace {

using Outcome = ImportDialog::Outcome;

void planInBackground(QPromise<Outcome> &promise, const QString &path, const HostKeys &existing,
                      const QString &defaultProfile)
{
    Outcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = makeError("csv.open", ImportDialog::tr("Cannot open %1: %2").arg(path, file.errorString()));
        promise.addResult(outcome);
        return;
    }
    const qint64 size = std::max<qint64>(1, file.size());
    promise.setProgressRange(0, 1000);
    HostCsv::Options options;
    options.defaultProfile = defaultProfile;
    options.progress = [&](qint64 done) {
        promise.setProgressValue(int(done * 1000 / size));
        return !promise.isCanceled();
    };
    auto plan = HostCsv::plan(file, existing, options);
    if (plan)
        outcome.plan = std::move(*plan);
    else
        outcome.error = plan.error();
    promise.addResult(outcome);
}

// A thread of its own needs a connection of its own (Qt Sql); SQLite's WAL lets the GUI's
// connection go on reading meanwhile.
void importInBackground(QPromise<Outcome> &promise, const QString &databasePath, const QList<Host> &hosts)
{
    Outcome outcome;
    auto db = Database::openSqlite(databasePath);
    if (!db) {
        outcome.error = db.error();
        promise.addResult(outcome);
        return;
    }
    promise.setProgressRange(0, int(hosts.size()));
    auto stored = HostRepository(**db).importAll(hosts, [&](int done) {
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    if (stored)
        outcome.imported = *stored;
    else
        outcome.error = stored.error();
    promise.addResult(outcome);
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

ImportDialog::ImportDialog(QString csvPath, QString databasePath, HostKeys existing, QString defaultProfile,
                           QWidget *parent)
    : QDialog(parent)
    , m_csvPath(std::move(csvPath))
    , m_databasePath(std::move(databasePath))
    , m_existing(std::move(existing))
    , m_defaultProfile(std::move(defaultProfile))
{
    setWindowTitle(tr("Import hosts from %1").arg(QFileInfo(m_csvPath).fileName()));
    m_summary = new QLabel(tr("Reading %1…").arg(QFileInfo(m_csvPath).fileName()), this);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_rowsModel = new ImportPlanModel(ImportPlanModel::Kind::Rows, this);
    m_problemsModel = new ImportPlanModel(ImportPlanModel::Kind::Problems, this);
    m_rowsView = makeTable(m_rowsModel, this);
    m_problemsView = makeTable(m_problemsModel, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_rowsView, tr("To import"));
    m_tabs->addTab(m_problemsView, tr("Rejected"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 520);

    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    startPlan();
}

ImportDialog::~ImportDialog()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportDialog::startPlan()
{
    disconnect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::planFinished);
    m_watcher.setFuture(QtConcurrent::run(planInBackground, m_csvPath, m_existing, m_defaultProfile));
}

void ImportDialog::planFinished()
{
    m_progress->hide();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    Outcome outcome = m_watcher.result();
    if (!outcome.plan) {
        m_summary->setText(outcome.error.message);
        m_tabs->setEnabled(false);
        return;
    }
    m_plan = std::move(outcome.plan);
    m_rowsModel->setPlan(*m_plan);
    m_problemsModel->setPlan(*m_plan);
    m_rowsView->resizeColumnsToContents();
    m_problemsView->resizeColumnToContents(0);
    m_problemsView->resizeColumnToContents(1);
    // The reason (last, stretched) must stay readable however long the rows are.
    m_problemsView->setColumnWidth(1, std::min(m_problemsView->columnWidth(1), 360));
    const int good = int(m_plan->rows.size());
    const int bad = int(m_plan->problems.size());
    m_tabs->setTabText(0, tr("To import (%1)").arg(good));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(bad));
    if (bad > 0 && good == 0)
        m_tabs->setCurrentIndex(1);
    QString summary = tr("%n host(s) will be imported.", nullptr, good);
    if (bad > 0) {
        //: Two sentences in a row: Chinese puts no space after 。
        summary = tr("%1 %2").arg(summary, tr("%n row(s) cannot be imported; the Rejected tab says why for each line.",
                                              nullptr, bad));
    }
    m_summary->setText(summary);
    m_importButton->setText(tr("Import %n host(s)", nullptr, good));
    m_importButton->setEnabled(good > 0);
}

void ImportDialog::startImport()
{
    if (!m_plan)
        return;
    QList<Host> hosts;
    hosts.reserve(m_plan->rows.size());
    for (const ImportRow &row : std::as_const(m_plan->rows))
        hosts.append(row.host);
    m_importButton->setEnabled(false);
    m_tabs->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Importing…"));
    disconnect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, nullptr);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::importFinished);
    m_watcher.setFuture(QtConcurrent::run(importInBackground, m_databasePath, hosts));
}

void ImportDialog::importFinished()
{
    m_progress->hide();
    if (m_watcher.future().resultCount() == 0)
        return;
    Outcome outcome = m_watcher.result();
    if (!outcome.error.code.isEmpty()) {
        m_summary->setText(outcome.error.message);
        m_tabs->setEnabled(true);
        m_importButton->setEnabled(true);
        return;
    }
    m_imported = outcome.imported;
    accept();
}

void ImportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace Crashcart::App
