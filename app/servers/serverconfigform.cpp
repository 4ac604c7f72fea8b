// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfigform.h"

#include "../errorlabel.h"

#include "common/appsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace Crashcart::App {

using namespace Crashcart::Netboot;

namespace {

QSpinBox *makePort(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 65535);
    box->setSpecialValueText(ServerConfigForm::tr("any free"));
    box->setValue(value);
    box->setAccelerated(true);
    return box;
}

QStringList ipv4Addresses(const QNetworkInterface &iface)
{
    QStringList out;
    for (const QNetworkAddressEntry &e : iface.addressEntries()) {
        if (e.ip().protocol() == QAbstractSocket::IPv4Protocol)
            out.append(e.ip().toString());
    }
    return out;
}

// An IPv4 address typed into |edit|; empty text is a null address, not an error.
Result<QHostAddress> addressIn(const QLineEdit *edit, const QString &what)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return QHostAddress();
    QHostAddress a;
    if (!a.setAddress(text) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return makeError("servers.address", ServerConfigForm::tr("%1: “%2” is not an IPv4 address").arg(what, text));
    return a;
}

} // namespace

ServerConfigForm::ServerConfigForm(AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    makeFields();
    layOut();
    restore();
    connectFields();
}

void ServerConfigForm::makeFields()
{
    m_interface = new QComboBox(this);
    m_interface->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interface->setMinimumContentsLength(18);
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setToolTip(tr("Look for interfaces again"));
    m_listen = new QComboBox(this);
    m_listen->setEditable(true);
    m_listen->setInsertPolicy(QComboBox::NoInsert);
    m_listen->setToolTip(tr("0.0.0.0 listens on every address of this machine"));
    m_tftpPort = makePort(m_settings.value(AppSettings::ServersTftpPort), this);
    m_httpPort = makePort(m_settings.value(AppSettings::ServersHttpPort), this);
    m_dhcpMode = new QComboBox(this);
    m_dhcpMode->addItem(tr("Off"), int(DhcpMode::Off));
    m_dhcpMode->addItem(tr("Proxy (boot information only)"), int(DhcpMode::Proxy));
    m_dhcpMode->addItem(tr("Full (hands out addresses)"), int(DhcpMode::Full));
    m_dhcpMode->setToolTip(tr("Proxy answers PXE clients next to the site's DHCP server and never hands out addresses."));
    m_dhcpPort = makePort(m_settings.value(AppSettings::ServersDhcpPort), this);
    m_pxePort = makePort(m_settings.value(AppSettings::ServersPxePort), this);
    m_syslogPort = makePort(m_settings.value(AppSettings::ServersSyslogPort), this);
    m_syslogPort->setToolTip(tr("Where installers send their log (UDP and TCP). Profiles with syslog on get "
                                "inst.syslog= naming it while the syslog server runs."));
    m_uefi = new QComboBox(this);
    m_uefi->addItem(tr("iPXE (Secure Boot off)"), uefiChainKey(UefiChain::Ipxe));
    m_uefi->addItem(tr("shim + GRUB (Secure Boot)"), uefiChainKey(UefiChain::ShimGrub));
    m_uefi->setToolTip(tr("What x86-64 UEFI machines are handed. Debian 12's GRUB also needs the site's DHCP "
                          "server to name this machine as next-server."));
    m_fullWarning = makeErrorLabel(this);
}

void ServerConfigForm::layOut()
{
    auto *interfaceRow = new QHBoxLayout;
    interfaceRow->setContentsMargins(0, 0, 0, 0);
    interfaceRow->addWidget(m_interface, 1);
    interfaceRow->addWidget(m_refresh);
    // Two columns of label + field: the addresses on the left, DHCP on the right.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addRow = [grid](int row, int column, const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        grid->addWidget(l, row, column * 2);
        if (layout)
            grid->addLayout(layout, row, column * 2 + 1);
        else
            grid->addWidget(field, row, column * 2 + 1);
    };
    addRow(0, 0, tr("&Interface:"), m_interface, interfaceRow);
    addRow(1, 0, tr("&Listen on:"), m_listen);
    addRow(2, 0, tr("&TFTP port:"), m_tftpPort);
    addRow(3, 0, tr("HTTP p&ort:"), m_httpPort);
    addRow(0, 1, tr("&DHCP:"), m_dhcpMode);
    addRow(1, 1, tr("DHCP po&rt:"), m_dhcpPort);
    addRow(2, 1, tr("&PXE port:"), m_pxePort);
    addRow(3, 1, tr("&UEFI boots:"), m_uefi);
    addRow(4, 0, tr("S&yslog port:"), m_syslogPort);
    addFullFields(grid, 5);
    grid->addWidget(m_fullWarning, 8, 0, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setHorizontalSpacing(8);
}

// What was chosen last time; an interface that is gone leaves "any interface".
void ServerConfigForm::restore()
{
    refreshInterfaces();
    const int saved = m_interface->findData(m_settings.value(AppSettings::ServersInterface));
    if (saved >= 0)
        m_interface->setCurrentIndex(saved);
    fillListenAddresses();
    m_listen->setEditText(m_settings.value(AppSettings::ServersListen));
    m_dhcpMode->setCurrentIndex(m_dhcpMode->findData(int(dhcpModeFromKey(m_settings.value(AppSettings::ServersDhcpMode)))));
    m_uefi->setCurrentIndex(std::max(0, m_uefi->findData(m_settings.value(AppSettings::ServersUefiLoader))));
    updateDhcpFields();
}

void ServerConfigForm::connectFields()
{
    connect(m_refresh, &QToolButton::clicked, this, &ServerConfigForm::refreshInterfaces);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &ServerConfigForm::fillListenAddresses);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &ServerConfigForm::updatePoolError);
    for (QLineEdit *edit : { m_poolFirst, m_poolLast, m_router, m_dns })
        connect(edit, &QLineEdit::textChanged, this, &ServerConfigForm::updatePoolError);
    connect(m_dhcpMode, &QComboBox::currentIndexChanged, this, [this] {
        updateDhcpFields();
        Q_EMIT dhcpModeChanged(dhcpMode());
    });
}

// Full DHCP's fields, in the form's own grid so they line up with the rows above; shown
// only in full mode.
void ServerConfigForm::addFullFields(QGridLayout *grid, int row)
{
    const auto edit = [this](const QString &text, const QString &placeholder) {
        auto *e = new QLineEdit(text, this);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_poolFirst = edit(m_settings.value(AppSettings::ServersPoolFirst), tr("e.g. 10.9.0.100"));
    m_poolLast = edit(m_settings.value(AppSettings::ServersPoolLast), tr("e.g. 10.9.0.199"));
    m_router = edit(m_settings.value(AppSettings::ServersRouter), tr("optional"));
    m_dns = edit(m_settings.value(AppSettings::ServersDns), tr("optional, separated by commas"));
    m_poolFirst->setToolTip(tr("The addresses handed out lie in one subnet of the chosen interface"));
    m_poolLast->setToolTip(m_poolFirst->toolTip());
    m_router->setToolTip(tr("The default gateway clients are told; empty: none"));
    m_poolError = makeErrorLabel(this);
    const auto add = [&](int r, int column, const QString &text, QLineEdit *field) {
        auto *l = new QLabel(text, this);
        l->setBuddy(field);
        grid->addWidget(l, r, column * 2);
        grid->addWidget(field, r, column * 2 + 1);
        m_fullFields.append({ l, field });
    };
    add(row, 0, tr("Pool &from:"), m_poolFirst);
    add(row, 1, tr("Pool t&o:"), m_poolLast);
    add(row + 1, 0, tr("Rou&ter:"), m_router);
    add(row + 1, 1, tr("D&NS servers:"), m_dns);
    grid->addWidget(m_poolError, row + 2, 0, 1, 4);
}

Dhcp::PoolConfig ServerConfigForm::enteredPool() const
{
    Dhcp::PoolConfig pool;
    pool.first = QHostAddress(m_poolFirst->text().trimmed());
    pool.last = QHostAddress(m_poolLast->text().trimmed());
    pool.router = QHostAddress(m_router->text().trimmed());
    for (const QString &text : m_dns->text().split(u',', Qt::SkipEmptyParts))
        pool.dns.append(QHostAddress(text.trimmed()));
    return pool;
}

Result<Dhcp::PoolConfig> ServerConfigForm::poolCheck() const
{
    auto first = addressIn(m_poolFirst, tr("Pool start"));
    auto last = addressIn(m_poolLast, tr("Pool end"));
    auto router = addressIn(m_router, tr("Router"));
    for (const auto *r : { &first, &last, &router }) {
        if (!*r)
            return r->error();
    }
    for (const QString &text : m_dns->text().split(u',', Qt::SkipEmptyParts)) {
        QHostAddress a;
        if (!a.setAddress(text.trimmed()) || a.protocol() != QAbstractSocket::IPv4Protocol)
            return makeError("servers.address", tr("DNS: “%1” is not an IPv4 address").arg(text.trimmed()));
    }
    return poolOnInterface(m_interface->currentData().toString(), enteredPool());
}

void ServerConfigForm::updatePoolError()
{
    if (dhcpMode() != DhcpMode::Full) {
        setError(m_poolError, QString());
        return;
    }
    const auto pool = poolCheck();
    setError(m_poolError, pool ? QString() : pool.error().message);
}

void ServerConfigForm::refreshInterfaces()
{
    const QString current = m_interface->currentData().toString();
    m_interface->clear();
    m_interface->addItem(tr("Any interface"), QString());
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        QStringList addresses = ipv4Addresses(iface);
        const bool up = iface.flags().testFlag(QNetworkInterface::IsUp) && iface.flags().testFlag(QNetworkInterface::IsRunning);
        QString text = addresses.isEmpty() ? iface.name() : tr("%1 — %2").arg(iface.name(), addresses.join(QLatin1String(", ")));
        if (!up)
            text = tr("%1 (down)").arg(text);
        m_interface->addItem(text, iface.name());
        QStringList all;
        for (const QNetworkAddressEntry &e : iface.addressEntries())
            all.append(e.ip().toString() + u'/' + QString::number(e.prefixLength()));
        m_interface->setItemData(m_interface->count() - 1,
                                 tr("%1\nMAC %2\n%3").arg(iface.humanReadableName(), iface.hardwareAddress(), all.join(u'\n')),
                                 Qt::ToolTipRole);
    }
    m_interface->setCurrentIndex(std::max(0, m_interface->findData(current)));
}

void ServerConfigForm::fillListenAddresses()
{
    const QString text = m_listen->currentText();
    m_listen->clear();
    m_listen->addItem(QStringLiteral("0.0.0.0"));
    const QString name = m_interface->currentData().toString();
    if (!name.isEmpty())
        m_listen->addItems(ipv4Addresses(QNetworkInterface::interfaceFromName(name)));
    if (m_listen->findText(QStringLiteral("127.0.0.1")) < 0)
        m_listen->addItem(QStringLiteral("127.0.0.1"));
    m_listen->setEditText(text.isEmpty() ? QStringLiteral("0.0.0.0") : text);
}

void ServerConfigForm::updateDhcpFields()
{
    const DhcpMode mode = dhcpMode();
    const bool dhcpIdle = !m_busy[size_t(ServerKind::Dhcp)];
    m_dhcpPort->setEnabled(mode != DhcpMode::Off && dhcpIdle);
    m_pxePort->setEnabled(mode != DhcpMode::Off && dhcpIdle);
    m_uefi->setEnabled(mode != DhcpMode::Off && dhcpIdle);
    m_dhcpMode->setEnabled(dhcpIdle);
    for (QWidget *w : std::as_const(m_fullFields)) {
        w->setVisible(mode == DhcpMode::Full);
        w->setEnabled(dhcpIdle);
    }
    updatePoolError();
    setError(m_fullWarning, mode == DhcpMode::Full ? tr("Full DHCP hands out addresses. Use it only on an isolated "
                                                        "network: on a site network it competes with the real DHCP server.")
                                                   : QString());
}

DhcpMode ServerConfigForm::dhcpMode() const
{
    return DhcpMode(m_dhcpMode->currentData().toInt());
}

QSpinBox *ServerConfigForm::portBox(ServerKind server) const
{
    switch (server) {
    case ServerKind::Tftp: return m_tftpPort;
    case ServerKind::Http: return m_httpPort;
    case ServerKind::Dhcp: return m_dhcpPort;
    case ServerKind::Syslog: return m_syslogPort;
    }
    return nullptr;
}

Result<ServiceConfig> ServerConfigForm::config() const
{
    ServiceConfig c;
    const QString listen = m_listen->currentText().trimmed();
    if (!c.listen.setAddress(listen))
        return makeError("servers.listen", tr("“%1” is not an IP address: enter one of this machine's addresses, or 0.0.0.0").arg(listen));
    c.interface = m_interface->currentData().toString();
    c.tftpPort = quint16(m_tftpPort->value());
    c.httpPort = quint16(m_httpPort->value());
    c.dhcpMode = dhcpMode();
    c.dhcpPort = quint16(m_dhcpPort->value());
    c.pxePort = quint16(m_pxePort->value());
    c.syslogPort = quint16(m_syslogPort->value());
    c.uefi = uefiChainFromKey(m_uefi->currentData().toString());
    c.pool = enteredPool();
    return c;
}

void ServerConfigForm::save()
{
    m_settings.setValue(AppSettings::ServersInterface, m_interface->currentData().toString());
    m_settings.setValue(AppSettings::ServersListen, m_listen->currentText().trimmed());
    m_settings.setValue(AppSettings::ServersTftpPort, m_tftpPort->value());
    m_settings.setValue(AppSettings::ServersHttpPort, m_httpPort->value());
    m_settings.setValue(AppSettings::ServersDhcpMode, dhcpModeKey(dhcpMode()));
    m_settings.setValue(AppSettings::ServersDhcpPort, m_dhcpPort->value());
    m_settings.setValue(AppSettings::ServersPxePort, m_pxePort->value());
    m_settings.setValue(AppSettings::ServersSyslogPort, m_syslogPort->value());
    m_settings.setValue(AppSettings::ServersUefiLoader, m_uefi->currentData().toString());
    m_settings.setValue(AppSettings::ServersPoolFirst, m_poolFirst->text().trimmed());
    m_settings.setValue(AppSettings::ServersPoolLast, m_poolLast->text().trimmed());
    m_settings.setValue(AppSettings::ServersRouter, m_router->text().trimmed());
    m_settings.setValue(AppSettings::ServersDns, m_dns->text().trimmed());
}

void ServerConfigForm::setServerBusy(ServerKind server, bool busy)
{
    m_busy[size_t(server)] = busy;
    const bool anyBusy = std::any_of(std::begin(m_busy), std::end(m_busy), [](bool b) { return b; });
    m_interface->setEnabled(!anyBusy);
    m_listen->setEnabled(!anyBusy);
    m_tftpPort->setEnabled(!m_busy[size_t(ServerKind::Tftp)]);
    m_httpPort->setEnabled(!m_busy[size_t(ServerKind::Http)]);
    m_syslogPort->setEnabled(!m_busy[size_t(ServerKind::Syslog)]);
    updateDhcpFields();
}

} // namespace Crashcart::App
