// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecli.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <csignal>

ServeCli::~ServeCli()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServeCli::start(const QString &root)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral(CRASHCART_CLI),
                    { QStringLiteral("serve"), QStringLiteral("--root"), root, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--tftp-port"), QStringLiteral("0"),
                      QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--dhcp"), QStringLiteral("off") });
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression tftp(QStringLiteral("tftp listening on 127\\.0\\.0\\.1:(\\d+)"));
    static const QRegularExpression http(QStringLiteral("http listening on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while ((!m_tftpPort || !m_httpPort) && clock.elapsed() < 15000) {
        if (!m_process.waitForReadyRead(500) && m_process.state() != QProcess::Running)
            return false;
        m_log += m_process.readAll();
        const QString text = QString::fromUtf8(m_log);
        if (auto m = tftp.match(text); m.hasMatch())
            m_tftpPort = quint16(m.captured(1).toUInt());
        if (auto m = http.match(text); m.hasMatch())
            m_httpPort = quint16(m.captured(1).toUInt());
    }
    return m_tftpPort && m_httpPort;
}

QByteArray ServeCli::log()
{
    m_log += m_process.readAll();
    return m_log;
}

bool ServeCli::stop()
{
    if (m_process.state() != QProcess::Running)
        return false;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    const bool finished = m_process.waitForFinished(10000);
    m_log += m_process.readAll();
    return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

int runClient(const QString &program, const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool makeFile(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        const qint64 n = std::min<qint64>(chunk.size(), size - done);
        if (f.write(chunk.constData(), n) != n)
            return false;
        done += n;
    }
    return true;
}

bool haveProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}
