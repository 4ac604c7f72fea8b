// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Crashcart::Netboot::Syslog {

// Where an install stands, as the progress callback's "stage" and "percent" mean it.
struct AnacondaProgress
{
    QString stage; // "install" or "post"
    std::optional<int> percent; // 0-100, only where Anaconda counts
    friend bool operator==(const AnacondaProgress &, const AnacondaProgress &) = default;
};

// The progress one line of Anaconda's log states, if it states any: "Installing
// bash.x86_64 (12/345)" is {install, 3}; "Running post-installation scripts" is {post}.
// |line| is the message text (the syslog TAG already taken off). The rules and where each
// came from are in the .cpp.
std::optional<AnacondaProgress> anacondaProgress(QStringView line);

} // namespace Crashcart::Netboot::Syslog
