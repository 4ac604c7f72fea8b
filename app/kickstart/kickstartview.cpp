// SPDX-License-Identifier: GPL-3.0-or-later
#include "kickstartview.h"

#include "inventory/database.h"
#include "inventory/distribution.h"
#include "inventory/profile.h"

#include "codeeditor.h"
#include "diagnosticsrunner.h"
#include "findbar.h"
#include "kickstartcompleter.h"
#include "kickstarthighlighter.h"
#include "kickstartoutline.h"
#include "preseedhighlighter.h"
#include "previewpane.h"

#include "common/appsettings.h"
#include "common/workspace.h"
#include "inventory/hostrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crashcart::App {

Q_LOGGING_CATEGORY(lcKickstartView, "crashcart.app.kickstart", QtWarningMsg)

using namespace Crashcart::Kickstart;

namespace {

constexpr int kDebounceMs = 300;

} // namespace

KickstartView::KickstartView(Inventory::HostRepository &hosts, const Workspace &workspace, AppSettings &settings,
                             QWidget *parent)
    : View(parent), m_hosts(hosts), m_settings(settings),
      m_snippets(workspace.snippetsDir()),
      m_preseedSnippets(workspace.snippetsDir(), SnippetLibrary::Format::Preseed),
      m_table(*CommandTable::forRelease(CommandTable::defaultRelease())), m_editor(new CodeEditor(this)),
      m_highlighter(new KickstartHighlighter(m_editor->document())), m_preseedHighlighter(new PreseedHighlighter(m_editor->document())),
      m_completer(new KickstartCompleter(m_editor, this)),
      m_findBar(new FindBar(m_editor, this)), m_outline(new KickstartOutline(this)), m_problems(new QTreeWidget(this)),
      m_preview(new PreviewPane(hosts, this)), m_tabs(new QTabWidget(this)), m_profile(new QComboBox(this)),
      m_release(new QComboBox(this)), m_problemCount(new QLabel(this)), m_changedBar(new QWidget(this)),
      m_watcher(new QFileSystemWatcher(this)), m_runner(new DiagnosticsRunner(this)), m_debounce(new QTimer(this))
{
    m_preseedHighlighter->setDocument(nullptr); // until a preseed is opened (setDocumentKind)
    configureWidgets();
    buildChangedBar();
    buildLayout();
    createActions();
    connectSignals();
    fillProfiles();
    profileChanged();
    newFile();
}

void KickstartView::configureWidgets()
{
    m_editor->setCompleter(m_completer->completer());
    m_problems->setHeaderLabels({ tr("Line"), tr("Column"), tr("Severity"), tr("Message"), tr("Code") });
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_release->addItems(CommandTable::releases());
    m_profile->setEditable(true);
    m_profile->setToolTip(tr("The profile this template is for; the release is remembered per profile"));
    m_profile->setMinimumContentsLength(12);
}

// "The file was changed by another program": shown above the editor when it is.
void KickstartView::buildChangedBar()
{
    auto *changedLabel = new QLabel(tr("The file was changed by another program."), m_changedBar);
    auto *reload = new QPushButton(tr("Reload"), m_changedBar);
    auto *keep = new QPushButton(tr("Keep mine"), m_changedBar);
    auto *changedLayout = new QHBoxLayout(m_changedBar);
    changedLayout->setContentsMargins(6, 2, 6, 2);
    changedLayout->addWidget(changedLabel, 1);
    changedLayout->addWidget(reload);
    changedLayout->addWidget(keep);
    m_changedBar->setAutoFillBackground(true);
    QPalette warn = m_changedBar->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warn.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_changedBar->setPalette(warn);
    m_changedBar->hide();
    connect(reload, &QPushButton::clicked, this, &KickstartView::reloadFromDisk);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_changedBar->hide();
        m_editor->document()->setModified(true); // what is on disk is no longer what we have
    });
}

void KickstartView::buildLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile:"), this));
    top->addWidget(m_profile);
    top->addWidget(new QLabel(tr("Release:"), this));
    top->addWidget(m_release);
    top->addStretch();
    top->addWidget(m_problemCount);

    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_changedBar);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_findBar);

    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_preview, tr("Preview"));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(editorBox);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_outline);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({ 220, 900 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(horizontal, 1);
}

void KickstartView::connectSignals()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &KickstartView::lintNow);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] { m_debounce->start(); });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &KickstartView::updateTitle);
    connect(m_editor, &CodeEditor::completionRequested, m_completer, [this](bool force) {
        if (m_kind == DocumentKind::Kickstart)
            m_completer->update(force);
    });
    connect(m_runner, &DiagnosticsRunner::finished, this, [this](const DiagnosticsRunner::Result &r) {
        showDiagnostics(r.diagnostics);
        m_outline->rebuild(r.document);
        Q_EMIT diagnosticsUpdated(r.scriptsChecked);
    });
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_editor->goTo(item->text(0).toInt(), item->text(1).toInt()); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_editor->goTo(item->text(0).toInt(), item->text(1).toInt()); });
    connect(m_outline, &KickstartOutline::lineActivated, this, [this](int line) { m_editor->goTo(line); });
    connect(m_outline, &KickstartOutline::includeActivated, this, &KickstartView::openInclude);
    connect(m_preview, &PreviewPane::hostChanged, this, &KickstartView::updatePreview);
    connect(m_preview, &PreviewPane::templateLineActivated, this, [this](int line) { m_editor->goTo(line); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &KickstartView::updatePreview);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &KickstartView::fileChangedOnDisk);
    connect(m_profile, &QComboBox::currentTextChanged, this, &KickstartView::profileChanged);
    connect(m_release, &QComboBox::currentTextChanged, this, &KickstartView::releaseChanged);
}

// The profiles hosts name: the template is for one of them (the release is remembered per profile).
void KickstartView::fillProfiles()
{
    QStringList profiles;
    if (auto all = m_hosts.all()) {
        for (const auto &h : std::as_const(*all)) {
            if (!h.profile.isEmpty() && !profiles.contains(h.profile))
                profiles.append(h.profile);
        }
    }
    profiles.sort();
    m_profile->addItems(profiles);
}

KickstartView::~KickstartView() = default;

QString KickstartView::title() const { return tr("Kickstart"); }
QString KickstartView::menuTitle() const { return tr("&Kickstart"); }
QList<QAction *> KickstartView::menuActions() const { return m_menuActions; }
QList<QAction *> KickstartView::toolBarActions() const { return m_toolBarActions; }

bool KickstartView::isModified() const { return m_editor->document()->isModified(); }
QString KickstartView::release() const { return m_table.release(); }

QString KickstartView::baseDirectory() const { return m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath(); }

void KickstartView::setProfile(const QString &profile) { m_profile->setCurrentText(profile); }

void KickstartView::setRelease(const QString &release) { m_release->setCurrentText(release); }

void KickstartView::profileChanged()
{
    const QByteArray key = AppSettings::kickstartReleaseKey(m_profile->currentText());
    // A profile on a distribution is checked against that distribution's release.
    QString release = distributionRelease(m_profile->currentText());
    if (release.isEmpty())
        release = m_settings.value(SettingKey<QString> { key.constData(), CommandTable::defaultRelease() });
    const QSignalBlocker blocker(m_release);
    m_release->setCurrentText(release);
    releaseChanged();
}

QString KickstartView::distributionRelease(const QString &profile) const
{
    Inventory::Database &db = m_hosts.database();
    auto found = Inventory::ProfileRepository(db).find(profile);
    if (!found || !*found || (*found)->distribution.isEmpty())
        return {};
    auto distribution = Inventory::DistributionRepository(db).find((*found)->distribution);
    return distribution && *distribution ? (*distribution)->release : QString();
}

void KickstartView::releaseChanged()
{
    auto table = CommandTable::forRelease(m_release->currentText());
    if (!table)
        return;
    m_table = *table;
    m_completer->setTable(m_table);
    const QByteArray key = AppSettings::kickstartReleaseKey(m_profile->currentText());
    m_settings.setValue(SettingKey<QString> { key.constData(), QString() }, m_table.release());
    lintNow();
}

void KickstartView::lintNow()
{
    m_debounce->stop();
    const bool preseed = m_kind == DocumentKind::Preseed;
    m_runner->start(m_editor->toPlainText().toUtf8(), m_table, baseDirectory(), preseed ? m_preseedSnippets : m_snippets, m_kind);
    updatePreview();
}

// Highlighting, checking, completion and the preview follow the kind; the text stays.
void KickstartView::setDocumentKind(DocumentKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    fillSnippetMenu();
    const bool preseed = kind == DocumentKind::Preseed;
    m_highlighter->setDocument(preseed ? nullptr : m_editor->document());
    m_preseedHighlighter->setDocument(preseed ? m_editor->document() : nullptr);
    qCDebug(lcKickstartView) << "editing a" << (preseed ? "preseed" : "kickstart");
}

void KickstartView::showDiagnostics(const Diagnostics &diagnostics)
{
    m_editor->setDiagnostics(diagnostics);
    m_problems->clear();
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        errors += d.isError();
        auto *item = new QTreeWidgetItem(m_problems, { QString::number(d.line), QString::number(d.column),
                                                      d.isError() ? tr("error") : tr("warning"), d.message, d.code });
        item->setForeground(2, d.isError() ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xb0, 0x6a, 0x00));
        item->setToolTip(3, d.message);
    }
    for (int c = 0; c < 3; ++c)
        m_problems->resizeColumnToContents(c);
    m_problemCount->setText(tr("%n error(s)", nullptr, errors) + u", "
                            + tr("%n warning(s)", nullptr, int(diagnostics.size()) - errors));
}

void KickstartView::updatePreview()
{
    if (m_tabs->currentWidget() != m_preview)
        return;
    if (m_preview->hostBox()->count() == 0)
        m_preview->reloadHosts();
    const bool preseed = m_kind == DocumentKind::Preseed;
    m_preview->render(m_editor->toPlainText().toUtf8(), m_table, preseed ? m_preseedSnippets : m_snippets, baseDirectory(), preseed);
}

void KickstartView::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("untitled") : QFileInfo(m_path).fileName();
    Q_EMIT statusMessage(isModified() ? tr("%1 (modified)").arg(name) : name);
    setWindowTitle(name + (isModified() ? QStringLiteral(" *") : QString()));
}

bool KickstartView::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_onDisk = file.readAll();
    m_path = QFileInfo(path).absoluteFilePath();
    m_watcher->addPath(m_path);
    m_changedBar->hide();
    setDocumentKind(App::documentKind(m_path, m_onDisk));
    m_editor->setPlainText(QString::fromUtf8(m_onDisk));
    m_editor->document()->setModified(false);
    qCDebug(lcKickstartView) << "opened" << m_path;
    updateTitle();
    lintNow();
    return true;
}

void KickstartView::fileChangedOnDisk(const QString &path)
{
    if (path != m_path)
        return;
    // Editors that save by renaming drop the watch: pick it up again.
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    QFile file(m_path);
    const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (now == m_onDisk)
        return; // our own save, or no real change
    if (!isModified()) {
        reloadFromDisk();
        Q_EMIT statusMessage(tr("%1 was changed by another program and has been reloaded").arg(QFileInfo(m_path).fileName()));
        return;
    }
    m_changedBar->show();
}

void KickstartView::reloadFromDisk()
{
    const QTextCursor cursor = m_editor->textCursor();
    const int line = cursor.blockNumber() + 1;
    if (openFile(m_path))
        m_editor->goTo(line);
}

void KickstartView::setServerEndpointSource(std::function<Kickstart::ServerEndpoint()> source)
{
    m_preview->setEndpointSource(std::move(source));
}

} // namespace Crashcart::App
