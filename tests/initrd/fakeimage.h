// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/depplan.h"

#include <QFile>
#include <QMap>

// An image held in two maps, seen by the planners through an ImageView like a real one.
struct FakeImage
{
    QMap<QString, Crashcart::Initrd::ImageNode> nodes;
    QMap<QString, QByteArray> contents;
    QMap<QString, QString> hostFiles; // contents read from the host on demand

    void dir(const QString &path) { nodes.insert(path, { Crashcart::Initrd::ImageNode::Type::Directory, {} }); }
    void file(const QString &path, const QByteArray &bytes = {})
    {
        nodes.insert(path, { Crashcart::Initrd::ImageNode::Type::File, {} });
        contents.insert(path, bytes);
    }
    void hostFile(const QString &path, const QString &host)
    {
        nodes.insert(path, { Crashcart::Initrd::ImageNode::Type::File, {} });
        hostFiles.insert(path, host);
    }
    void symlink(const QString &path, const QString &target)
    {
        nodes.insert(path, { Crashcart::Initrd::ImageNode::Type::Symlink, target });
    }

    Crashcart::Initrd::ImageView view() const
    {
        Crashcart::Initrd::ImageView v;
        v.lookup = [this](const QString &path) -> std::optional<Crashcart::Initrd::ImageNode> {
            if (path.isEmpty())
                return Crashcart::Initrd::ImageNode { Crashcart::Initrd::ImageNode::Type::Directory, {} };
            const auto it = nodes.constFind(path);
            return it == nodes.cend() ? std::nullopt : std::optional(*it);
        };
        v.read = [this](const QString &path) -> Crashcart::Result<QByteArray> {
            if (hostFiles.contains(path)) {
                QFile f(hostFiles.value(path));
                if (f.open(QIODevice::ReadOnly))
                    return f.readAll();
            }
            if (!contents.contains(path))
                return Crashcart::makeError("initrd.not-found", path);
            return contents.value(path);
        };
        v.list = [this](const QString &dir) {
            QStringList names;
            const QString prefix = dir.isEmpty() ? QString() : dir + u'/';
            for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
                if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(u'/'))
                    names.append(it.key().mid(prefix.size()));
            }
            return names;
        };
        return v;
    }
};
