// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content.h"
#include "filecache.h"
#include "servedroot.h"

namespace Crashcart::Netboot {

// Answers every request from one folder, confined to it.
class RootProvider final : public ContentProvider
{
public:
    explicit RootProvider(const QString &root) : m_root(root) { }
    bool isValid() const { return m_root.isValid(); }
    QString path() const { return m_root.path(); }
    Result<std::shared_ptr<const Content>> open(const ContentRequest &request) override;

private:
    ServedRoot m_root;
    FileCache m_cache;
};

} // namespace Crashcart::Netboot
