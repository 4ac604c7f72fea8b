// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

// `crashcart-cli serve --root DIR` on loopback with ports the system picks, as a child
// process; its log is collected, and it is stopped with SIGTERM (and must exit cleanly).
class ServeCli
{
public:
    ~ServeCli();
    bool start(const QString &root);
    // Ends it with SIGTERM; true when it exited with status 0.
    bool stop();
    quint16 tftpPort() const { return m_tftpPort; }
    quint16 httpPort() const { return m_httpPort; }
    qint64 pid() const { return m_process.processId(); }
    QByteArray log();

private:
    QProcess m_process;
    QByteArray m_log;
    quint16 m_tftpPort = 0;
    quint16 m_httpPort = 0;
};

// Runs a client to completion (bounded); its exit status, -1 on a crash or timeout.
int runClient(const QString &program, const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 300000);
QByteArray sha256(const QString &path);
// A file of |size| pseudo-random bytes.
bool makeFile(const QString &path, qint64 size, quint32 seed);
bool haveProgram(const QString &name);
