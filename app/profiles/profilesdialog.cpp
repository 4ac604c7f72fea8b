// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include "errorlabel.h"
#include "importdistributiondialog.h"
#include "profileeditdialog.h"
#include "profiletablemodel.h"

#include "distro/distrotree.h"
#include "inventory/database.h"
#include "inventory/profile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QSqlDatabase>
#include <QStyle>
#include <QTreeWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace Crashcart::App {

using namespace Crashcart::Inventory;

ProfilesDialog::ProfilesDialog(ProfileRepository &repository, const QString &workspacePath, const QHash<QString, int> &usage,
                               QWidget *parent)
    : QDialog(parent), m_repository(repository), m_workspacePath(workspacePath), m_usage(usage)
{
    setWindowTitle(tr("Profiles"));
    m_model = new ProfileTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileTableModel::KernelArgs, QHeaderView::Stretch);
    const auto width = [this](const QString &sample) { return m_table->fontMetrics().horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(ProfileTableModel::Name, width(QStringLiteral("rhel9-web-servers")));
    m_table->setColumnWidth(ProfileTableModel::Description, width(QStringLiteral("RHEL 9 web servers, rack 3")));
    m_table->setColumnWidth(ProfileTableModel::Kernel, width(QStringLiteral("vmlinuz-6.1.0-18")));
    m_table->setColumnWidth(ProfileTableModel::Initrds, width(QStringLiteral("initrd.img, overlay.img")));
    m_table->setColumnWidth(ProfileTableModel::Kickstart, width(QStringLiteral("rhel9-web.ks")));
    m_table->setColumnWidth(ProfileTableModel::Hosts,
                            std::max(width(QStringLiteral("88888")), width(m_model->headerData(ProfileTableModel::Hosts, Qt::Horizontal).toString())));

    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…"), this);
    m_editButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-properties")), tr("&Edit…"), this);
    m_removeButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove…"), this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);

    auto *intro = new QLabel(tr("A profile is what an armed host installs: a distribution or a kernel with its initrds, "
                                "kernel arguments and a kickstart or preseed template. Hosts name their profile in the "
                                "Profile column."),
                             this);
    intro->setWordWrap(true);
    m_message = makeErrorLabel(this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 3);
    layout->addLayout(buildDistributions(), 2);
    layout->addWidget(m_message);
    layout->addWidget(close);
    // Wide enough for every column and some kernel arguments, within the screen.
    int tableWidth = width(QStringLiteral("inst.repo=http://mirror/rhel9 console=ttyS0,115200"));
    for (int c = 0; c < ProfileTableModel::ColumnCount; ++c)
        tableWidth += c == ProfileTableModel::KernelArgs ? 0 : m_table->columnWidth(c);
    int wanted = tableWidth + add->sizeHint().width() + 60;
    if (const QScreen *screen = this->screen())
        wanted = std::min(wanted, screen->availableGeometry().width() * 9 / 10);
    resize(wanted, fontMetrics().height() * 24);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfilesDialog::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeProfile(selectedName()); });
    connect(m_table, &QTableView::doubleClicked, this, &ProfilesDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProfilesDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesDialog::updateButtons);
    reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QLayout *ProfilesDialog::buildDistributions()
{
    m_distributions = new QTreeWidget(this);
    m_distributions->setRootIsDecorated(false);
    m_distributions->setAlternatingRowColors(true);
    m_distributions->setHeaderLabels({ tr("Distribution"), tr("Release"), tr("Architecture"), tr("Installer"), tr("Image"),
                                       tr("State") });
    m_distributions->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    auto *import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    import->setToolTip(tr("Add a distribution from a disc image (.iso), read in place; or drop the image on the window"));
    m_removeDistribution = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move…"), this);
    m_removeDistribution->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(m_removeDistribution);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_distributions, 1);
    row->addLayout(buttons);
    auto *title = new QLabel(tr("<b>Distributions</b>: kernels, initrds and package trees served straight from their images "
                                "under /distros/NAME/. A profile on one boots them."),
                             this);
    title->setWordWrap(true);
    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addLayout(row, 1);
    connect(import, &QPushButton::clicked, this, [this] { importDistribution(); });
    connect(m_removeDistribution, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_distributions->currentItem())
            removeDistribution(item->text(0));
    });
    connect(m_distributions, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_removeDistribution->setEnabled(item != nullptr); });
    return box;
}

bool ProfilesDialog::reload()
{
    auto profiles = m_repository.all();
    if (!profiles) {
        setError(m_message, profiles.error().message);
        return false;
    }
    auto distributions = DistributionRepository(m_repository.database()).all();
    if (!distributions) {
        setError(m_message, distributions.error().message);
        return false;
    }
    setError(m_message, QString());
    m_model->setProfiles(*profiles, m_usage);
    m_distributionList = *distributions;
    m_distributions->clear();
    for (const Distribution &d : std::as_const(m_distributionList)) {
        const auto source = Distro::checkSource(d);
        auto *item = new QTreeWidgetItem(m_distributions,
                                         { d.name, QStringLiteral("%1 %2").arg(d.product, d.version), d.arch,
                                           d.installer() == InstallerKind::Preseed ? tr("Preseed") : tr("Kickstart"),
                                           QDir::toNativeSeparators(d.source), source ? tr("OK") : source.error().message });
        item->setToolTip(4, d.sha256.isEmpty() ? d.source : tr("%1\nSHA-256 %2").arg(d.source, d.sha256));
        if (!source) {
            item->setIcon(5, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(5, source.error().message);
        }
    }
    for (int c = 0; c < m_distributions->columnCount() - 1; ++c)
        m_distributions->resizeColumnToContents(c);
    return true;
}

void ProfilesDialog::importDistribution(const QString &given)
{
    QString source = given;
    if (source.isEmpty()) {
        source = QFileDialog::getOpenFileName(this, tr("Import a distribution"), QDir::homePath(),
                                              tr("Disc images (*.iso);;All files (*)"));
    }
    if (source.isEmpty())
        return;
    ImportDistributionDialog dialog(m_repository.database().connection().databaseName(), source, this);
    dialog.exec();
    if (!dialog.imported().name.isEmpty()) {
        reload();
        Q_EMIT changed();
    }
}

bool ProfilesDialog::removeDistribution(const QString &name, bool ask)
{
    if (ask && QMessageBox::question(this, tr("Remove distribution"),
                                     tr("Remove distribution %1? Its image stays where it is; only Crashcart forgets it.")
                                         .arg(name)) != QMessageBox::Yes) {
        return false;
    }
    if (auto r = DistributionRepository(m_repository.database()).remove(name); !r) {
        setError(m_message, r.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

QString ProfilesDialog::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->profile(rows.first().row()).name;
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void ProfilesDialog::addProfile()
{
    QStringList taken;
    for (int r = 0; r < m_model->rowCount(); ++r)
        taken.append(m_model->profile(r).name);
    ProfileEditDialog dialog(m_repository, m_workspacePath, std::nullopt, taken, m_distributionList, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_table->selectRow(m_model->rowOf(dialog.profile().name));
    Q_EMIT changed();
}

void ProfilesDialog::editSelected()
{
    const int row = m_model->rowOf(selectedName());
    if (row < 0)
        return;
    ProfileEditDialog dialog(m_repository, m_workspacePath, m_model->profile(row), {}, m_distributionList, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_table->selectRow(m_model->rowOf(dialog.profile().name));
    Q_EMIT changed();
}

bool ProfilesDialog::removeProfile(const QString &name, bool ask)
{
    if (name.isEmpty())
        return false;
    const int hosts = m_usage.value(name);
    if (ask) {
        QString text = tr("Remove the profile %1?").arg(name);
        if (hosts > 0) {
            text += QStringLiteral("\n\n") + tr("%n host(s) use it. They keep its name and boot their disks until a profile of that "
                                    "name exists again.", nullptr, hosts);
        }
        QMessageBox box(QMessageBox::Warning, tr("Remove profile"), text, QMessageBox::Cancel, this);
        QPushButton *confirm = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return false;
    }
    if (auto r = m_repository.remove(name); !r) {
        setError(m_message, r.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace Crashcart::App
