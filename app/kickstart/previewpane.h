// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kickstart/commandtable.h"
#include "kickstart/hostvariables.h"
#include "kickstart/snippetlibrary.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Crashcart::Inventory {
class HostRepository;
}

namespace Crashcart::App {

// Pick a host, see the kickstart the HTTP server would hand it (the template rendered with
// its variables) and that kickstart's lint result, on the rendered lines with the template
// line beside them. Scripts are not run through ShellCheck here: the editor does that.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    PreviewPane(Inventory::HostRepository &hosts, QWidget *parent = nullptr);

    // Where the rendered kickstart says the servers are (server.url and friends): the app asks
    // the running netboot service; by default what `serve` would announce with its defaults.
    using EndpointSource = std::function<Kickstart::ServerEndpoint()>;
    void setEndpointSource(EndpointSource source) { m_endpoint = std::move(source); }

    void reloadHosts();
    // A preseed (|preseed|) renders the same way and is checked by the preseed checker.
    void render(const QByteArray &source, const Kickstart::CommandTable &table, const Kickstart::SnippetLibrary &snippets,
                const QString &baseDirectory, bool preseed = false);
    QComboBox *hostBox() const { return m_host; }
    QPlainTextEdit *text() const { return m_text; }
    QTreeWidget *problems() const { return m_problems; }

Q_SIGNALS:
    void hostChanged();
    void templateLineActivated(int line);

private:
    Inventory::HostRepository &m_hosts;
    EndpointSource m_endpoint;
    QComboBox *m_host = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTreeWidget *m_problems = nullptr;
};

} // namespace Crashcart::App
