// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// crashcart-cli run to be measured: started with posix_spawn under peakrss (peakrss.cpp: the
// CLI's own peak memory, which wait4 on a child spawned from this large test would not give),
// its outputs going to files; and a snapshot of a folder, to tell that a run wrote nothing
// where it should not.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

struct Outcome
{
    int status = -1; // the exit status; -1 when a signal ended the process or it never ran
    int signal = 0;
    QString out;
    QString err;
    qint64 peakRssKiB = 0;
    qint64 elapsedMs = 0;
};

class MeasuredCli
{
public:
    MeasuredCli(const QStringList &args, const QString &logDir)
    {
        static int serial = 0;
        ++serial;
        m_outPath = logDir + QStringLiteral("/out-%1.txt").arg(serial);
        m_errPath = logDir + QStringLiteral("/err-%1.txt").arg(serial);
        m_peakPath = logDir + QStringLiteral("/peak-%1.txt").arg(serial);
        QList<QByteArray> argv { QByteArray(CRASHCART_PEAKRSS), QFile::encodeName(m_peakPath), QByteArray(CRASHCART_CLI) };
        for (const QString &a : args)
            argv.append(QFile::encodeName(a));
        std::vector<char *> pointers;
        for (QByteArray &a : argv)
            pointers.push_back(a.data());
        pointers.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        const QByteArray out = QFile::encodeName(m_outPath), err = QFile::encodeName(m_errPath);
        posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        m_clock.start();
        if (posix_spawn(&m_pid, pointers[0], &actions, nullptr, pointers.data(), environ) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
    }
    ~MeasuredCli()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    Q_DISABLE_COPY_MOVE(MeasuredCli)

    bool started() const { return m_pid > 0; }
    QString outSoFar() const { return read(m_outPath); }
    void signal(int sig) const
    {
        if (m_pid > 0)
            ::kill(m_pid, sig);
    }
    // Waits for the end (SIGKILL after |timeoutMs|).
    Outcome wait(int timeoutMs = 60000)
    {
        Outcome o;
        if (m_pid <= 0)
            return o;
        int status = 0;
        for (;;) {
            const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid)
                break;
            if (r < 0 && errno != EINTR)
                return o;
            if (m_clock.elapsed() > timeoutMs) {
                qWarning("crashcart-cli ran for more than %d ms: killed", timeoutMs);
                ::kill(m_pid, SIGKILL);
            }
            ::usleep(2000);
        }
        m_pid = -1;
        o.elapsedMs = m_clock.elapsed();
        o.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        o.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
        o.out = read(m_outPath);
        o.err = read(m_errPath);
        o.peakRssKiB = read(m_peakPath).trimmed().toLongLong(); // 0 when the CLI was never reaped
        return o;
    }

private:
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    pid_t m_pid = -1;
    QString m_outPath;
    QString m_errPath;
    QString m_peakPath;
    QElapsedTimer m_clock;
};

// Every entry below |root| but those in |skip| (relative paths, with all below them): its
// kind, size, modification time, and for small files a hash of the content.
inline QMap<QString, QByteArray> snapshot(const QString &root, const QStringList &skip)
{
    QMap<QString, QByteArray> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = base.relativeFilePath(path);
        if (std::any_of(skip.cbegin(), skip.cend(), [&](const QString &s) { return rel == s || rel.startsWith(s + u'/'); }))
            continue;
        const QFileInfo info = it.fileInfo();
        QByteArray state;
        if (info.isSymLink()) {
            state = "link " + QFile::encodeName(info.symLinkTarget());
        } else if (info.isDir()) {
            state = "dir";
        } else {
            struct stat st {};
            ::lstat(QFile::encodeName(path).constData(), &st);
            state = QByteArray::number(st.st_mode, 8) + ' ' + QByteArray::number(info.size());
            if (S_ISREG(st.st_mode)) // a FIFO's time changes with what passes through it
                state += ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
            QFile f(path); // never a FIFO: opening one would wait for a writer
            if (S_ISREG(st.st_mode) && info.size() < (1 << 20) && f.open(QIODevice::ReadOnly))
                state += ' ' + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        }
        entries.insert(rel, state);
    }
    return entries;
}
