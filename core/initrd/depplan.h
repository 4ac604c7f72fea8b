// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace Crashcart::Initrd {

// One name in the image as the dependency planners need to see it.
struct ImageNode
{
    enum class Type { File, Directory, Symlink, Other };
    Type type = Type::File;
    QString linkTarget;
};

// The image being edited, seen through three calls so the planners do not depend on how it is
// read. Paths are relative to the image root ("usr/lib/x"), never start with '/', and are not
// resolved through symlinks by the callee.
struct ImageView
{
    std::function<std::optional<ImageNode>(const QString &path)> lookup;
    std::function<Result<QByteArray>(const QString &path)> read;
    std::function<QStringList(const QString &dir)> list; // names directly under dir ("" is the root)
    // Optional: copies many files out in one pass (image path -> host file to write). Without
    // it, read() is called per file, which for a compressed image means one pass each.
    std::function<Result<void>(const QHash<QString, QString> &targets)> extractTo;
};

// One thing to put in the image (or found already there).
struct PlanItem
{
    enum class Kind { File, Symlink, Directory };
    Kind kind = Kind::File;
    QString imagePath;
    QString hostPath; // where a file's bytes come from; empty for generated files and directories
    QString linkTarget;
    QByteArray data; // the bytes of a generated file (modules.dep and friends)
    quint32 mode = 0; // permission bits
    bool alreadyInImage = false; // shown, not added
    bool replaces = false; // a generated file that overwrites the image's copy
    QString reason; // why it is there: "needed by /usr/bin/x", "interpreter", "dependency of y"
};

// What an "add with dependencies" would do. Errors (a library or module not found, a vermagic
// mismatch) forbid applying it; warnings do not.
struct DepPlan
{
    QList<PlanItem> items;
    QStringList errors;
    QStringList warnings;

    bool ok() const { return errors.isEmpty(); }
    QList<PlanItem> toAdd() const
    {
        QList<PlanItem> list;
        for (const PlanItem &item : items) {
            if (!item.alreadyInImage)
                list.append(item);
        }
        return list;
    }
};

} // namespace Crashcart::Initrd
