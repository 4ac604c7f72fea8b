// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/editsession.h"

#include <QFutureWatcher>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Crashcart::App {

// Everything known about one entry, and for a small text file a read-only look at its
// content, read on a pool thread (a compressed image is decompressed up to the entry).
class EntryPropertiesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryPropertiesPane)

public:
    static constexpr qint64 kPreviewLimit = 64 * 1024;

    explicit EntryPropertiesPane(QWidget *parent = nullptr);
    ~EntryPropertiesPane() override;

    // `image` reads the content for the preview; a null one shows metadata only.
    void showEntry(const std::optional<Initrd::Entry> &entry, const Initrd::EditSession &session);
    QString previewText() const;
    bool isLoading() const { return m_watcher.isRunning(); }
    // Value of a row, by its label ("Path", ...), for tests.
    QString value(const QString &label) const;

private:
    void addRow(const QString &label, const QString &value);
    void previewLoaded();

    QLabel *m_title = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_rows = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    struct Preview
    {
        enum class Kind { Text, Binary, Error };
        int generation = 0;
        Kind kind = Kind::Binary;
        QString text;
    };
    QFutureWatcher<Preview> m_watcher;
    int m_generation = 0;
};

} // namespace Crashcart::App
