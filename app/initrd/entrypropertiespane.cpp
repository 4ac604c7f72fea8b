// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypropertiespane.h"

#include "entrytreemodel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStringDecoder>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Crashcart::App {

using namespace Crashcart::Initrd;

namespace {

// Text if the bytes are UTF-8 without control characters other than whitespace.
std::optional<QString> asText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r' && c != u'\f')
            return std::nullopt;
    }
    return text;
}

} // namespace

EntryPropertiesPane::EntryPropertiesPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_form(new QWidget(this)), m_rows(new QFormLayout(m_form)),
      m_previewLabel(new QLabel(this)), m_preview(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->hide();
    m_previewLabel->setWordWrap(true);
    m_previewLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addStretch(0);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, &EntryPropertiesPane::previewLoaded);
    showEntry(std::nullopt, {});
}

EntryPropertiesPane::~EntryPropertiesPane()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void EntryPropertiesPane::addRow(const QString &label, const QString &value)
{
    auto *field = new QLabel(value, m_form);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    field->setObjectName(label);
    m_rows->addRow(label, field);
}

QString EntryPropertiesPane::value(const QString &label) const
{
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_rows->itemAt(row, QFormLayout::LabelRole)
                                                ? m_rows->itemAt(row, QFormLayout::LabelRole)->widget()
                                                : nullptr);
        auto *field = qobject_cast<QLabel *>(m_rows->itemAt(row, QFormLayout::FieldRole)
                                                 ? m_rows->itemAt(row, QFormLayout::FieldRole)->widget()
                                                 : nullptr);
        if (name && field && name->text() == label)
            return field->text();
    }
    return {};
}

QString EntryPropertiesPane::previewText() const
{
    return m_preview->isHidden() ? QString() : m_preview->toPlainText();
}

void EntryPropertiesPane::showEntry(const std::optional<Entry> &entry, const EditSession &session)
{
    ++m_generation;
    while (m_rows->rowCount() > 0)
        m_rows->removeRow(0);
    m_preview->clear();
    m_preview->hide();
    m_previewLabel->hide();
    if (!entry) {
        m_title->setText(tr("Select an entry to see its properties."));
        return;
    }
    const Entry &e = *entry;
    const QLocale locale;
    m_title->setText(e.path == QLatin1String(".") ? QStringLiteral("/") : u'/' + e.path);
    addRow(tr("Type"), EntryTreeModel::typeText(e));
    addRow(tr("Mode"), EntryTreeModel::modeText(e));
    addRow(tr("Owner (uid:gid)"), EntryTreeModel::ownerText(e));
    if (e.type != EntryType::Directory)
        addRow(tr("Size"), tr("%1 bytes (%2)").arg(locale.toString(e.size),
                                                    locale.formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat)));
    addRow(tr("Modified"), QDateTime::fromSecsSinceEpoch(e.mtime).toString(Qt::ISODate));
    if (e.type == EntryType::Symlink)
        addRow(tr("Link target"), e.linkTarget);
    if (e.type == EntryType::HardLink)
        addRow(tr("Hard link to"), u'/' + e.linkTarget);
    if (e.type == EntryType::CharDevice || e.type == EntryType::BlockDevice)
        addRow(tr("Device (major:minor)"), QStringLiteral("%1:%2").arg(e.devMajor).arg(e.devMinor));
    addRow(tr("Segment"), e.segment >= 0 ? QString::number(e.segment) : tr("new (pending)"));
    if (e.headerOffset >= 0)
        addRow(tr("Header offset"), locale.toString(e.headerOffset));
    addRow(tr("Inode, links"), QStringLiteral("%1, %2").arg(e.inode).arg(e.nlink));
    if (e.hasChecksum)
        addRow(tr("CRC-32"), QString::number(e.checksum, 16).rightJustified(8, u'0'));
    if (e.state != EntryState::Unchanged)
        addRow(tr("Pending"), EntryTreeModel::stateText(e.state));

    const bool readable = e.type == EntryType::File || e.type == EntryType::HardLink;
    if (!readable || session.isNull())
        return;
    if (e.size > kPreviewLimit) {
        m_previewLabel->setText(tr("No preview: larger than %1.")
                                    .arg(locale.formattedDataSize(kPreviewLimit, 0, QLocale::DataSizeTraditionalFormat)));
        m_previewLabel->show();
        return;
    }
    m_previewLabel->setText(tr("Loading the preview…"));
    m_previewLabel->show();
    const int generation = m_generation;
    const QString path = e.path;
    m_watcher.setFuture(QtConcurrent::run([session, path, generation]() -> Preview {
        auto bytes = session.read(path, kPreviewLimit);
        if (!bytes)
            return { generation, Preview::Kind::Error, bytes.error().message };
        std::optional<QString> text = asText(*bytes);
        return text ? Preview { generation, Preview::Kind::Text, std::move(*text) }
                    : Preview { generation, Preview::Kind::Binary, {} };
    }));
}

void EntryPropertiesPane::previewLoaded()
{
    const Preview preview = m_watcher.future().result();
    if (preview.generation != m_generation)
        return; // another entry was selected meanwhile
    switch (preview.kind) {
    case Preview::Kind::Text:
        m_preview->setPlainText(preview.text);
        m_preview->show();
        m_previewLabel->setText(tr("Content:"));
        break;
    case Preview::Kind::Error: m_previewLabel->setText(tr("Cannot read the content: %1").arg(preview.text)); break;
    case Preview::Kind::Binary: m_previewLabel->setText(tr("No preview: not text.")); break;
    }
    m_previewLabel->show();
}

} // namespace Crashcart::App
