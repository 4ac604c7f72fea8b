// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "distrotree.h"

#include "inventory/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

#include <memory>

Q_LOGGING_CATEGORY(lcImport, "crashcart.distro.import", QtInfoMsg)

namespace Crashcart::Distro {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crashcart::Distro::Importer)
};

constexpr qint64 kBlock = 4 << 20;

// "Red Hat Enterprise Linux" -> "rhel", "Rocky Linux" -> "rocky", "CentOS Stream" ->
// "centos-stream", "Debian GNU/Linux" -> "debian", "Ubuntu-Server" -> "ubuntu-server".
QString productSlug(const QString &product)
{
    if (product.startsWith(QLatin1String("Red Hat Enterprise Linux"), Qt::CaseInsensitive))
        return QStringLiteral("rhel");
    QString slug = product.toLower();
    for (const char *noise : { " gnu/linux", " linux" })
        slug.remove(QLatin1String(noise));
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9.]+")), QStringLiteral("-"));
    while (slug.endsWith(u'-'))
        slug.chop(1);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    return slug.isEmpty() ? QStringLiteral("distro") : slug;
}

} // namespace

QString suggestedName(const Inventory::Distribution &d)
{
    QStringList parts { productSlug(d.product) };
    if (!d.version.isEmpty())
        parts.append(d.version);
    if (!d.arch.isEmpty())
        parts.append(d.arch);
    QString name = parts.join(u'-');
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    return name.left(64);
}

Result<Inventory::Distribution> inspect(const QString &source)
{
    auto tree = DistroTree::open(source);
    if (!tree)
        return tree.error();
    auto found = detect((*tree)->access());
    if (!found)
        return found.error();
    Inventory::Distribution d = *found;
    const QFileInfo info(source);
    d.source = info.absoluteFilePath();
    d.size = (*tree)->isImage() ? info.size() : 0;
    d.modifiedMs = (*tree)->isImage() ? (*tree)->modifiedMs() : 0;
    d.name = suggestedName(d);
    return d;
}

Result<QString> sha256File(const QString &path, const ImportProgress &progress, const std::atomic<bool> *cancel)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError("distro.unreadable", Tr::tr("%1 cannot be read: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    const qint64 total = QFileInfo(path).size();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return makeError("distro.hash", Tr::tr("SHA-256 is not available from OpenSSL"));
    QByteArray block(kBlock, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return makeError("import.cancelled", Tr::tr("The import was cancelled"));
        const ssize_t n = ::read(fd, block.data(), size_t(block.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError("distro.unreadable", Tr::tr("Reading %1 failed: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), block.constData(), size_t(n));
        done += n;
        if (progress)
            progress(done, total);
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

Result<ImportResult> importDistribution(Inventory::Database &db, const ImportRequest &request)
{
    auto inspected = inspect(request.source);
    if (!inspected)
        return inspected.error();
    Inventory::Distribution d = *inspected;
    Inventory::DistributionRepository repository(db);
    if (d.size > 0) {
        auto hash = sha256File(d.source, request.progress, request.cancel);
        if (!hash)
            return hash.error();
        d.sha256 = *hash;
        auto existing = repository.findBySha256(d.sha256);
        if (!existing)
            return existing.error();
        if (*existing)
            return ImportResult { **existing, true };
    }
    if (!request.name.isEmpty())
        d.name = request.name;
    d.importedAt = QDateTime::currentDateTimeUtc();
    if (auto added = repository.add(d); !added)
        return added.error();
    qCDebug(lcImport) << "imported" << d.name << "from" << d.source;
    return ImportResult { d, false };
}

} // namespace Crashcart::Distro
