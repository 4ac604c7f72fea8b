// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace Crashcart::Kickstart {
struct Document;
}

namespace Crashcart::App {

// The file at a glance: commands, sections (with their header options), %include lines
// and template snippets, in file order. Activating an item asks to go to its line.
class KickstartOutline final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KickstartOutline)

public:
    explicit KickstartOutline(QWidget *parent = nullptr);

    void rebuild(const Kickstart::Document &doc);
    static constexpr int LineRole = Qt::UserRole + 1;
    static constexpr int IncludeRole = Qt::UserRole + 2;  // the path of a %include item

Q_SIGNALS:
    void lineActivated(int line);
    void includeActivated(const QString &path);
};

} // namespace Crashcart::App
