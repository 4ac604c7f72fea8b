// SPDX-License-Identifier: GPL-3.0-or-later
#include "binarydialog.h"

#include "errorlabel.h"

#include "initrd/elfdeps.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

BinaryDialog::BinaryDialog(const EditSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_binary(new QLineEdit(this)), m_dest(new QLineEdit(this)),
      m_planButton(new QPushButton(tr("&Plan"), this)), m_view(new DepPlanView(this)), m_summary(new QLabel(this)), m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Add Binary with Libraries"));
    auto *intro = new QLabel(tr("The program, its interpreter and every library the dynamic loader of this system "
                                "would load for it, with the symlinks on their way. Nothing is added until you "
                                "apply."),
                             this);
    intro->setWordWrap(true);
    m_binary->setPlaceholderText(tr("e.g. /usr/sbin/mdadm"));
    m_dest->setPlaceholderText(tr("the same folder as on this system"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *binaryRow = new QHBoxLayout;
    binaryRow->addWidget(m_binary, 1);
    binaryRow->addWidget(browse);
    binaryRow->addWidget(m_planButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Program:"), binaryRow);
    form->addRow(tr("Folder in the image:"), m_dest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Add to the Image"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);

    connect(browse, &QPushButton::clicked, this, &BinaryDialog::browse);
    connect(m_planButton, &QPushButton::clicked, this, &BinaryDialog::plan);
    connect(m_binary, &QLineEdit::returnPressed, this, &BinaryDialog::plan);
    connect(m_dest, &QLineEdit::returnPressed, this, &BinaryDialog::plan);
    connect(&m_watcher, &QFutureWatcher<PlanOutcome>::finished, this, &BinaryDialog::showOutcome);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 130, metrics.height() * 30);
}

BinaryDialog::~BinaryDialog()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void BinaryDialog::setBinary(const QString &path)
{
    m_binary->setText(path);
}

void BinaryDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Program to Add"), QStringLiteral("/usr/sbin"));
    if (path.isEmpty())
        return;
    m_binary->setText(path);
    plan();
}

void BinaryDialog::plan()
{
    const QString binary = m_binary->text().trimmed();
    if (binary.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_planButton->setEnabled(false);
    m_view->clear();
    setError(m_error, {});
    m_summary->setText(tr("Planning…"));
    ElfDepsOptions options;
    options.destDir = m_dest->text().trimmed();
    const EditSession session = m_session;
    m_watcher.setFuture(QtConcurrent::run([session, binary, options] {
        return PlanOutcome::of(planBinary(binary, session.view(), options));
    }));
}

void BinaryDialog::showOutcome()
{
    m_outcome = m_watcher.future().result();
    m_planButton->setEnabled(true);
    if (!m_outcome.ok) {
        m_view->clear();
        m_summary->clear();
        setError(m_error, m_outcome.error);
        Q_EMIT planned();
        return;
    }
    m_view->showPlan(m_outcome.plan);
    const bool nothingToAdd = m_outcome.plan.toAdd().isEmpty();
    m_summary->setText(nothingToAdd && m_outcome.plan.ok() ? tr("The image already has everything.")
                                                            : DepPlanView::summary(m_outcome.plan));
    setError(m_error, m_outcome.plan.ok() ? QString() : tr("Cannot add: what is missing must be found first."));
    m_apply->setEnabled(m_outcome.plan.ok() && !nothingToAdd);
    Q_EMIT planned();
}

} // namespace Crashcart::App
