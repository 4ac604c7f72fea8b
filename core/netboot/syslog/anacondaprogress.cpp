// SPDX-License-Identifier: GPL-3.0-or-later
#include "anacondaprogress.h"

#include <array>

// How Anaconda's progress reaches its log, so these rules match what is sent (rhinstaller/
// anaconda, the files named below):
// - pyanaconda/progress.py, progress_message(): shows a stage message and logs it with
//   log.info() on the "anaconda" logger, which anaconda_logging.py forwards to syslog
//   (facility local1, "anaconda: " before the text). The stage phrases below go this way.
// - Progress reported by installation tasks is logged where the callback logs it:
//   DBusTask._progress_cb in pyanaconda/installation_tasks.py and the Payload base class's
//   _progress_cb do log.info(message); the DNF payload of some releases sends it to
//   progressQ only, and then the per-package lines reach the screen but not the log.
// - The log carries English: progress_message() logs the untranslated N_() string; a _()
//   string is translated when the installer runs in another language, and is then not
//   recognised here.

namespace Crashcart::Netboot::Syslog {

namespace {

const QString kInstall = QStringLiteral("install");
const QString kPost = QStringLiteral("post");

struct Phrase
{
    QStringView text;
    bool post;
};

// Whole-line stage messages, in the order an install shows them.
// - "Starting package installation process": the DNF payload's install()
//   (pyanaconda/payload/dnfpayload.py, progress_message(N_(...))).
// - "Preparing transaction from installation source", "Downloading packages": the same
//   install() and pyanaconda/modules/payloads/payload/dnf/installation.py
//   (DownloadPackagesTask.run reports _("Downloading packages")).
// - "Installing.": pyanaconda/installation.py, the status of the "Payload installation"
//   task queue.
// - The rest: pyanaconda/installation.py's task queues after the payload, in order:
//   "Installing boot loader", "Performing post-installation setup tasks" (also the 'post'
//   token of the DNF transaction), then the configuration queues up to "Running
//   post-installation scripts" and "Storing configuration files and kickstarts".
//   "Post installation setup phase started." is the DNF transaction's own log line
//   (transaction_progress.py, on TRANS_POST).
// Left out on purpose: "Configuring storage" (an early queue, and "late" storage for some
// payloads), "Setting up the installation environment" and "Running pre-installation
// scripts/tasks" (before the install; the kickstart's own %pre callback says "pre").
constexpr std::array<Phrase, 15> kPhrases = { {
    { u"Starting package installation process", false },
    { u"Preparing transaction from installation source", false },
    { u"Downloading packages", false },
    { u"Installing.", false },
    { u"Installing boot loader", true },
    { u"Performing post-installation setup tasks", true },
    { u"Post installation setup phase started.", true },
    { u"Configuring installed system", true },
    { u"Writing network configuration", true },
    { u"Creating users", true },
    { u"Configuring addons", true },
    { u"Generating initramfs", true },
    { u"Running post-installation scripts", true },
    { u"Storing configuration files and kickstarts", true },
    { u"Creating snapshots", true },
} };

bool isPackageToken(QStringView s)
{
    return !s.isEmpty() && !s.contains(u' ');
}

// Digits only, at most nine of them (no overflow, no sign).
std::optional<qint64> readCount(QStringView s)
{
    if (s.isEmpty() || s.size() > 9)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "Installing NAME (N/M)" and "Installing NAME".
// - With the counter: the DNF 4 transaction callback (pyanaconda/modules/payloads/payload/
//   dnf/transaction_progress.py, and PayloadRPMDisplay in the older dnfpayload.py) queues
//   'install' with '%s.%s (%d/%d)' % (name, arch, ts_done, ts_total) once per package; the
//   payload reports it as _("Installing %s") / _("Installing {}"). A real run prints
//   "Installing kbd-misc (1/347)" ... "Installing libsysfs.armv7hl (347/347)" (a noarch
//   package shows no arch). Installers built on DNF 4 report this way.
// - Without: the DNF 5 callback (the same file after the port to libdnf5) queues the
//   package's full NEVRA and no counter, so the stage is known but not the percent.
std::optional<AnacondaProgress> installingPackage(QStringView line)
{
    static constexpr QStringView kPrefix = u"Installing ";
    if (!line.startsWith(kPrefix))
        return std::nullopt;
    const QStringView rest = line.sliced(kPrefix.size());
    if (rest.endsWith(u')')) {
        const qsizetype open = rest.lastIndexOf(u" (");
        const qsizetype slash = rest.lastIndexOf(u'/');
        if (open <= 0 || slash < open || !isPackageToken(rest.first(open)))
            return std::nullopt;
        const auto done = readCount(rest.sliced(open + 2, slash - open - 2));
        const auto total = readCount(rest.sliced(slash + 1, rest.size() - slash - 2));
        if (!done || !total || *total == 0 || *done > *total)
            return std::nullopt;
        return AnacondaProgress { kInstall, int(*done * 100 / *total) };
    }
    if (!isPackageToken(rest))
        return std::nullopt;
    return AnacondaProgress { kInstall, std::nullopt };
}

// Not recognised, with the reason:
// - "Configuring NAME" (the 'configure' token): no counter, and with DNF 5 it comes for
//   every scriptlet, during the package installation as well as after it.
// - "Verifying NAME (N/M)" (DNF 4's 'verify' token): counts a second pass over the same
//   packages after they are installed; as a percent it would run backwards.
// - "Queue started: NAME (N)" and "Task started: NAME (N)" (installation.py): a counter
//   without a total.

} // namespace

std::optional<AnacondaProgress> anacondaProgress(QStringView line)
{
    line = line.trimmed();
    for (const Phrase &phrase : kPhrases) {
        if (line == phrase.text)
            return AnacondaProgress { phrase.post ? kPost : kInstall, std::nullopt };
    }
    return installingPackage(line);
}

} // namespace Crashcart::Netboot::Syslog
