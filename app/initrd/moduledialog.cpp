// SPDX-License-Identifier: GPL-3.0-or-later
#include "moduledialog.h"

#include "errorlabel.h"

#include "initrd/moduledeps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

QHBoxLayout *withButton(QWidget *field, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}

} // namespace

ModuleDialog::ModuleDialog(const EditSession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_versions(imageKernelVersions(session.view())), m_module(new QLineEdit(this)),
      m_info(new QLabel(this)), m_version(new QComboBox(this)), m_vermagic(new QLabel(this)),
      m_modulesDir(new QLineEdit(this)), m_firmwareDir(new QLineEdit(this)),
      m_depmod(new QCheckBox(tr("Regenerate modules.dep and the other indexes (depmod)"), this)),
      m_planButton(new QPushButton(tr("&Plan"), this)), m_view(new DepPlanView(this)), m_summary(new QLabel(this)),
      m_error(makeErrorLabel(this))
{
    setWindowTitle(tr("Add Kernel Module"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Add to the Image"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeForm());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_planButton, &QPushButton::clicked, this, &ModuleDialog::plan);
    connect(m_module, &QLineEdit::returnPressed, this, &ModuleDialog::plan);
    connect(m_version, &QComboBox::activated, this, &ModuleDialog::plan);
    connect(m_depmod, &QCheckBox::toggled, this, &ModuleDialog::plan);
    connect(&m_watcher, &QFutureWatcher<Planned>::finished, this, &ModuleDialog::showResult);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 130, metrics.height() * 34);
}

// The module, the kernel it goes to, where dependencies and firmware come from, and depmod.
QFormLayout *ModuleDialog::makeForm()
{
    m_module->setPlaceholderText(tr("a .ko, .ko.xz, .ko.zst or .ko.gz file"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vermagic->setWordWrap(true);
    setUpVersions();
    m_modulesDir->setPlaceholderText(tr("/lib/modules/<the module's kernel version>"));
    m_firmwareDir->setText(QStringLiteral("/lib/firmware"));
    m_depmod->setChecked(true);

    auto *browseModule = new QPushButton(tr("&Browse…"), this);
    auto *browseModules = new QPushButton(tr("Browse…"), this);
    auto *browseFirmware = new QPushButton(tr("Browse…"), this);
    auto *moduleRow = withButton(m_module, browseModule);
    moduleRow->addWidget(m_planButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Module:"), moduleRow);
    form->addRow(QString(), m_info);
    form->addRow(tr("Kernel in the image:"), m_version);
    form->addRow(QString(), m_vermagic);
    form->addRow(tr("Dependencies from:"), withButton(m_modulesDir, browseModules));
    form->addRow(tr("Firmware from:"), withButton(m_firmwareDir, browseFirmware));
    form->addRow(QString(), m_depmod);
    connect(browseModule, &QPushButton::clicked, this, &ModuleDialog::browseModule);
    connect(browseModules, &QPushButton::clicked, this,
            [this] { browseFolder(m_modulesDir, tr("Folder with the Modules It Depends On")); });
    connect(browseFirmware, &QPushButton::clicked, this, [this] { browseFolder(m_firmwareDir, tr("Firmware Folder")); });
    return form;
}

// The kernels the image carries modules for, or a version typed in.
void ModuleDialog::setUpVersions()
{
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->addItem(tr("The one the module was built for"), QString());
    for (const QString &version : std::as_const(m_versions))
        m_version->addItem(version, version);
    m_version->setToolTip(m_versions.isEmpty() ? tr("The image has no lib/modules/ folder: type the kernel version")
                                               : tr("Kernel versions the image carries modules for"));
}

ModuleDialog::~ModuleDialog()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ModuleDialog::setModule(const QString &path) { m_module->setText(path); }
void ModuleDialog::setModulesDir(const QString &dir) { m_modulesDir->setText(dir); }
QString ModuleDialog::vermagicText() const { return m_vermagic->text(); }

void ModuleDialog::browseModule()
{
    const QString start = QStringLiteral("/lib/modules/") + QSysInfo::kernelVersion() + QStringLiteral("/kernel");
    const QString path = QFileDialog::getOpenFileName(this, tr("Kernel Module to Add"), start,
                                                      tr("Kernel modules (*.ko *.ko.xz *.ko.zst *.ko.gz);;All files (*)"));
    if (path.isEmpty())
        return;
    m_module->setText(path);
    plan();
}

void ModuleDialog::browseFolder(QLineEdit *edit, const QString &title)
{
    const QString dir = QFileDialog::getExistingDirectory(this, title, edit->text());
    if (dir.isEmpty())
        return;
    edit->setText(dir);
    plan();
}

void ModuleDialog::plan()
{
    const QString module = m_module->text().trimmed();
    if (module.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_planButton->setEnabled(false);
    m_view->clear();
    setError(m_error, {});
    m_summary->setText(tr("Reading the module and planning…"));
    ModuleDepsOptions options;
    options.modulesDir = m_modulesDir->text().trimmed();
    // A typed version has no item data: take the text.
    const int index = m_version->currentIndex();
    options.kernelVersion = index >= 0 && m_version->currentText() == m_version->itemText(index)
                                ? m_version->itemData(index).toString()
                                : m_version->currentText().trimmed();
    if (!m_firmwareDir->text().trimmed().isEmpty())
        options.firmwareDir = m_firmwareDir->text().trimmed();
    options.regenerateIndexes = m_depmod->isChecked();
    const EditSession session = m_session;
    m_watcher.setFuture(QtConcurrent::run([session, module, options] {
        Planned planned;
        if (auto info = readModuleInfo(module)) {
            planned.haveInfo = true;
            planned.info = *info;
        }
        planned.outcome = PlanOutcome::of(planModule(module, session.view(), options));
        return planned;
    }));
}

void ModuleDialog::showResult()
{
    m_result = m_watcher.future().result();
    m_planButton->setEnabled(true);
    const ModuleInfo &info = m_result.info;
    if (m_result.haveInfo) {
        const QString none = tr("none");
        m_info->setText(tr("%1, built for %2; depends on: %3; firmware: %4")
                            .arg(info.name, info.release().isEmpty() ? tr("an unknown kernel") : info.release(),
                                 info.depends.isEmpty() ? none : info.depends.join(QStringLiteral(", ")),
                                 info.firmware.isEmpty() ? none : info.firmware.join(QStringLiteral(", "))));
        const bool matches = m_versions.contains(info.release());
        QPalette palette = m_vermagic->palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, matches ? (dark ? QColor(0x81, 0xd4, 0x8a) : QColor(0x1b, 0x6e, 0x2c))
                                                       : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e)));
        m_vermagic->setPalette(palette);
        if (matches)
            m_vermagic->setText(tr("vermagic matches: the image carries modules for %1.").arg(info.release()));
        else if (m_versions.isEmpty())
            m_vermagic->setText(tr("The image carries no modules (no lib/modules/): name the kernel version."));
        else
            m_vermagic->setText(tr("vermagic does not match: built for %1, the image carries %2.")
                                    .arg(info.release(), m_versions.join(QStringLiteral(", "))));
    } else {
        m_info->clear();
        m_vermagic->clear();
    }
    const PlanOutcome &outcome = m_result.outcome;
    if (!outcome.ok) {
        m_summary->clear();
        setError(m_error, outcome.error);
        Q_EMIT planned();
        return;
    }
    m_view->showPlan(outcome.plan);
    const bool nothingToAdd = outcome.plan.toAdd().isEmpty();
    m_summary->setText(nothingToAdd && outcome.plan.ok() ? tr("The image already has everything.")
                                                          : DepPlanView::summary(outcome.plan));
    setError(m_error, outcome.plan.ok() ? QString() : outcome.plan.errors.first());
    m_apply->setEnabled(outcome.plan.ok() && !nothingToAdd);
    Q_EMIT planned();
}

} // namespace Crashcart::App
