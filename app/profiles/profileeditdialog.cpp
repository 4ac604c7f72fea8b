// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditdialog.h"

#include "errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

namespace {

QPushButton *iconButton(QStyle::StandardPixmap icon, const QString &theme, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(theme, parent->style()->standardIcon(icon)), text, parent);
    return button;
}

} // namespace

ProfileEditDialog::ProfileEditDialog(ProfileRepository &repository, const QString &workspacePath,
                                     const std::optional<Profile> &existing, const QStringList &takenNames,
                                     const QList<Distribution> &distributions, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_workspacePath(workspacePath), m_isNew(!existing), m_taken(takenNames),
      m_distributions(distributions)
{
    setWindowTitle(existing ? tr("Edit profile %1").arg(existing->name) : tr("Add profile"));
    const Profile p = existing.value_or(Profile {});
    buildFields(p);
    buildLayout();
    connectFields();
    addInitrds(p.initrds); // validates
    updateInitrdButtons();
    distributionChosen();
    (m_isNew ? m_name : m_description)->setFocus();
}

void ProfileEditDialog::buildFields(const Profile &p)
{
    m_name = new QLineEdit(p.name, this);
    m_name->setPlaceholderText(tr("e.g. rhel9-web"));
    m_name->setReadOnly(!m_isNew);
    if (!m_isNew)
        m_name->setToolTip(tr("Hosts refer to a profile by its name, so it cannot change. Add a new profile and "
                              "move the hosts to it instead."));
    m_nameError = makeErrorLabel(this);
    m_description = new QLineEdit(p.description, this);

    m_distribution = new QComboBox(this);
    m_distribution->addItem(tr("None: the files below"), QString());
    for (const Distribution &d : std::as_const(m_distributions))
        m_distribution->addItem(tr("%1 (%2 %3, %4)").arg(d.name, d.product, d.version, d.arch), d.name);
    if (const int i = m_distribution->findData(p.distribution); i >= 0)
        m_distribution->setCurrentIndex(i);
    else if (!p.distribution.isEmpty()) // gone from the inventory: shown, and refused on save
        m_distribution->addItem(tr("%1 (not there any more)").arg(p.distribution), p.distribution);
    if (!p.distribution.isEmpty())
        m_distribution->setCurrentIndex(m_distribution->findData(p.distribution));
    m_distribution->setToolTip(tr("A distribution gives the kernel, its initrd and the package tree (inst.repo= or the "
                                  "Debian mirror); Profiles › Import distribution adds one from a disc image"));
    m_distributionInfo = new QLabel(this);
    m_distributionInfo->setWordWrap(true);
    m_distributionInfo->setEnabled(false);
    m_installer = new QComboBox(this);
    m_installer->addItem(tr("Kickstart (Anaconda: RHEL, Fedora and rebuilds)"), int(InstallerKind::Kickstart));
    m_installer->addItem(tr("Preseed (the Debian installer)"), int(InstallerKind::Preseed));
    m_installer->setCurrentIndex(p.installer == InstallerKind::Preseed ? 1 : 0);
    m_secureBoot = new QCheckBox(tr("Secure &Boot: UEFI hosts get the distribution's own signed shim and GRUB"), this);
    m_secureBoot->setChecked(p.secureBoot);

    m_kernel = new QLineEdit(p.kernel, this);
    m_kernel->setPlaceholderText(tr("none: armed hosts of this profile boot their disks"));
    m_browseKernel = new QPushButton(tr("Browse…"), this);
    m_kernelError = makeErrorLabel(this);

    m_initrds = new QListWidget(this);
    m_initrds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_initrds->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_addInitrd = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add…"), this);
    m_removeInitrd = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_upInitrd = iconButton(QStyle::SP_ArrowUp, QStringLiteral("go-up"), tr("Up"), this);
    m_downInitrd = iconButton(QStyle::SP_ArrowDown, QStringLiteral("go-down"), tr("Down"), this);
    m_initrdError = makeErrorLabel(this);

    m_arguments = new QLineEdit(p.kernelArgs, this);
    m_arguments->setPlaceholderText(tr("e.g. inst.repo=http://mirror/rhel9 console=ttyS0"));
    m_syslog = new QCheckBox(tr("Send the installer's &log to this machine (inst.syslog=)"), this);
    m_syslog->setChecked(p.syslog);
    m_firmware = new QComboBox(this);
    m_firmware->addItem(tr("BIOS (legacy)"), QVariant::fromValue(int(Inventory::Firmware::Bios)));
    m_firmware->addItem(tr("UEFI"), QVariant::fromValue(int(Inventory::Firmware::Uefi)));
    m_firmware->setCurrentIndex(p.firmware == Inventory::Firmware::Uefi ? 1 : 0);
    m_firmware->setToolTip(tr("How the BMC tells the hosts to boot from the network for an install: "
                              "in legacy BIOS mode or in UEFI mode"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 7 * 24 * 60);
    m_timeout->setValue(p.installTimeoutMinutes);
    m_timeout->setSuffix(tr(" min"));
    m_timeout->setToolTip(tr("An install that is silent this long (no boot step, no callback, no log line) has "
                             "stalled and ends as failed."));
    m_syslog->setToolTip(tr("While the syslog server runs, the installer's log goes on the host's timeline and "
                            "moves its install's progress."));
    m_kickstart = new QLineEdit(p.kickstart, this);
    m_kickstart->setPlaceholderText(tr("none: the installer asks its questions"));
    m_browseKickstart = new QPushButton(tr("Browse…"), this);
    m_kickstartError = makeErrorLabel(this);
}

void ProfileEditDialog::buildLayout()
{
    const auto withButton = [this](QWidget *field, QWidget *button) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(field, 1);
        row->addWidget(button);
        return row;
    };
    auto *initrdButtons = new QVBoxLayout;
    for (QPushButton *b : { m_addInitrd, m_removeInitrd, m_upInitrd, m_downInitrd })
        initrdButtons->addWidget(b);
    initrdButtons->addStretch();
    auto *initrdRow = new QHBoxLayout;
    initrdRow->addWidget(m_initrds, 1);
    initrdRow->addLayout(initrdButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Description:"), m_description);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Distri&bution:"), m_distribution), m_distribution);
    form->addRow(QString(), m_distributionInfo);
    form->addRow(label(tr("&Kernel:"), m_kernel), withButton(m_kernel, m_browseKernel));
    form->addRow(QString(), m_kernelError);
    QLabel *initrdLabel = label(tr("&Initrds:"), m_initrds);
    initrdLabel->setToolTip(tr("Loaded in this order: the vendor's image first, then overlays"));
    form->addRow(initrdLabel, initrdRow);
    form->addRow(QString(), m_initrdError);
    form->addRow(tr("Kernel &arguments:"), m_arguments);
    form->addRow(QString(), m_syslog);
    form->addRow(tr("Install &timeout:"), m_timeout);
    form->addRow(tr("&Firmware:"), m_firmware);
    form->addRow(QString(), m_secureBoot);
    form->addRow(tr("Answ&er file:"), m_installer);
    form->addRow(label(tr("Te&mplate:"), m_kickstart), withButton(m_kickstart, m_browseKickstart));
    form->addRow(QString(), m_kickstartError);
    auto *note = new QLabel(tr("Relative paths start at the workspace (%1).").arg(QDir::toNativeSeparators(m_workspacePath)), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    m_message = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void ProfileEditDialog::connectFields()
{
    connect(m_name, &QLineEdit::textChanged, this, [this] { validate(false); });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        validate(false);
    });
    for (QLineEdit *e : { m_kernel, m_kickstart })
        connect(e, &QLineEdit::textChanged, this, [this] { validate(false); });
    connect(m_syslog, &QCheckBox::toggled, this, [this] { validate(false); });
    connect(m_distribution, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::distributionChosen);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::distributionChosen);
    connect(m_browseKernel, &QPushButton::clicked, this, [this] {
        const QString path = browse(tr("Choose the kernel"), m_kernel->text(), tr("Kernels (vmlinuz* bzImage* *.efi);;All files (*)"));
        if (!path.isEmpty())
            m_kernel->setText(stored(path));
    });
    connect(m_browseKickstart, &QPushButton::clicked, this, [this] {
        const QString path = browse(tr("Choose the kickstart template"), m_kickstart->text(),
                                    tr("Kickstart templates (*.ks *.cfg *.tmpl);;All files (*)"));
        if (!path.isEmpty())
            m_kickstart->setText(stored(path));
    });
    connect(m_addInitrd, &QPushButton::clicked, this, [this] {
        const QString start = m_initrds->count() ? absolute(m_initrds->item(m_initrds->count() - 1)->text()) : m_workspacePath;
        addInitrds(QFileDialog::getOpenFileNames(this, tr("Add initrds"), QFileInfo(start).isDir() ? start : QFileInfo(start).path(),
                                                 tr("Initrds (initrd* *.img *.cpio*);;All files (*)")));
    });
    connect(m_removeInitrd, &QPushButton::clicked, this, &ProfileEditDialog::removeInitrd);
    connect(m_upInitrd, &QPushButton::clicked, this, [this] { moveInitrd(-1); });
    connect(m_downInitrd, &QPushButton::clicked, this, [this] { moveInitrd(1); });
    connect(m_initrds, &QListWidget::currentRowChanged, this, &ProfileEditDialog::updateInitrdButtons);
}

const Distribution *ProfileEditDialog::chosenDistribution() const
{
    const QString name = m_distribution->currentData().toString();
    for (const Distribution &d : m_distributions) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

// A distribution fills what it can: the kernel and initrd unless the fields name others, the
// package tree, and which answer file its installer reads.
void ProfileEditDialog::distributionChosen()
{
    const Distribution *d = chosenDistribution();
    m_kernel->setPlaceholderText(d ? tr("from %1: %2").arg(d->name, d->kernel)
                                   : tr("none: armed hosts of this profile boot their disks"));
    m_distributionInfo->setVisible(d != nullptr);
    if (d) {
        QString info = tr("Initrd %1 first, then the ones below. Package tree: %2.")
                           .arg(d->initrd, d->repo.isEmpty() ? tr("none on the image (the installer's own network "
                                                                  "source applies)")
                                                             : QStringLiteral("/distros/%1%2").arg(d->name, d->repo));
        if (!d->release.isEmpty())
            info += u' ' + tr("Kickstarts are checked against %1.").arg(d->release);
        m_distributionInfo->setText(info);
        m_installer->setCurrentIndex(d->installer() == InstallerKind::Preseed ? 1 : 0);
    }
    const bool uefi = Inventory::Firmware(m_firmware->currentData().toInt()) == Inventory::Firmware::Uefi;
    const bool shim = d && !d->shim.isEmpty() && !d->grub.isEmpty();
    m_secureBoot->setEnabled(uefi && shim);
    m_secureBoot->setToolTip(shim ? tr("shim %1 and GRUB %2 from the image: the chain the vendor signed").arg(d->shim, d->grub)
                                  : tr("Needs UEFI and a distribution whose image has a signed shim and GRUB"));
    validate(false);
}

QString ProfileEditDialog::absolute(const QString &path) const
{
    return path.isEmpty() ? QString() : QDir(m_workspacePath).absoluteFilePath(path);
}

// Inside the workspace a path is kept relative (the workspace can move); elsewhere absolute.
QString ProfileEditDialog::stored(const QString &path) const
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString base = QFileInfo(m_workspacePath).absoluteFilePath() + u'/';
    return file.startsWith(base) ? file.mid(base.size()) : file;
}

QString ProfileEditDialog::browse(const QString &title, const QString &current, const QString &filter)
{
    const QString now = absolute(current);
    const QString start = !now.isEmpty() && QFileInfo(now).exists() ? now : m_workspacePath;
    return QFileDialog::getOpenFileName(this, title, start, filter);
}

void ProfileEditDialog::addInitrds(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).isAbsolute() ? stored(path) : path, m_initrds);
        item->setToolTip(absolute(item->text()));
    }
    if (!paths.isEmpty())
        m_initrds->setCurrentRow(m_initrds->count() - 1);
    updateInitrdButtons();
    validate(false);
}

void ProfileEditDialog::moveInitrd(int delta)
{
    const int row = m_initrds->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_initrds->count())
        return;
    QListWidgetItem *item = m_initrds->takeItem(row);
    m_initrds->insertItem(to, item);
    m_initrds->setCurrentRow(to);
}

void ProfileEditDialog::removeInitrd()
{
    delete m_initrds->takeItem(m_initrds->currentRow());
    updateInitrdButtons();
    validate(false);
}

void ProfileEditDialog::updateInitrdButtons()
{
    const int row = m_initrds->currentRow();
    m_removeInitrd->setEnabled(row >= 0);
    m_upInitrd->setEnabled(row > 0);
    m_downInitrd->setEnabled(row >= 0 && row < m_initrds->count() - 1);
}

bool ProfileEditDialog::validate(bool showAll)
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.kernel = m_kernel->text().trimmed();
    for (int i = 0; i < m_initrds->count(); ++i)
        p.initrds.append(m_initrds->item(i)->text());
    p.kernelArgs = m_arguments->text().trimmed();
    p.syslog = m_syslog->isChecked();
    p.installTimeoutMinutes = m_timeout->value();
    p.firmware = Inventory::Firmware(m_firmware->currentData().toInt());
    p.kickstart = m_kickstart->text().trimmed();
    p.distribution = m_distribution->currentData().toString();
    p.installer = InstallerKind(m_installer->currentData().toInt());
    p.secureBoot = m_secureBoot->isEnabled() && m_secureBoot->isChecked();

    QString nameError;
    if (auto r = validateProfileName(p.name); !r)
        nameError = r.error().message;
    else if (m_isNew && m_taken.contains(p.name))
        nameError = tr("There is already a profile named %1: edit that one, or choose another name").arg(p.name);
    setError(m_nameError, showAll || m_touched ? nameError : QString());

    // A file that is not there is found now, not when a machine in the rack asks for it.
    const auto fileError = [this](const QString &path, const QString &what) {
        if (path.isEmpty() || QFileInfo(absolute(path)).isFile())
            return QString();
        return tr("%1: %2 does not exist or is not a file").arg(what, QDir::toNativeSeparators(absolute(path)));
    };
    const QString kernelError = fileError(p.kernel, tr("Kernel"));
    setError(m_kernelError, kernelError);
    QStringList initrdErrors;
    for (const QString &i : std::as_const(p.initrds)) {
        if (const QString e = fileError(i, tr("Initrd")); !e.isEmpty())
            initrdErrors.append(e);
    }
    setError(m_initrdError, initrdErrors.join(u'\n'));
    const QString kickstartError = fileError(p.kickstart, tr("Template"));
    setError(m_kickstartError, kickstartError);
    setError(m_message, QString());

    m_profile = p;
    const bool valid = nameError.isEmpty() && kernelError.isEmpty() && initrdErrors.isEmpty() && kickstartError.isEmpty();
    m_saveButton->setEnabled(valid);
    return valid;
}

void ProfileEditDialog::accept()
{
    if (!validate(true)) {
        setError(m_message, tr("The profile was not saved: correct the fields marked above."));
        return;
    }
    if (auto r = m_repository.save(m_profile); !r) {
        setError(m_message, r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Crashcart::App
