// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "depplanview.h"
#include "initrd/editsession.h"

#include "initrd/moduleinfo.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Crashcart::App {

// "Add a kernel module": pick a .ko, check its vermagic against the kernels the image carries,
// see the modules it depends on and the firmware it names, and modules.dep regenerated.
class ModuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleDialog)

public:
    ModuleDialog(const Initrd::EditSession &session, QWidget *parent = nullptr);
    ~ModuleDialog() override;

    void setModule(const QString &path);
    void setModulesDir(const QString &dir);
    // Reads the module and plans on a pool thread; planned() when done.
    void plan();
    const PlanOutcome &outcome() const { return m_result.outcome; }
    QString vermagicText() const;
    DepPlanView *planView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void planned();

private:
    struct Planned
    {
        bool haveInfo = false;
        Initrd::ModuleInfo info;
        PlanOutcome outcome;
    };

    QFormLayout *makeForm();
    void setUpVersions();
    void browseModule();
    void browseFolder(QLineEdit *edit, const QString &title);
    void showResult();

    Initrd::EditSession m_session;
    QStringList m_versions;
    QLineEdit *m_module = nullptr;
    QLabel *m_info = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_vermagic = nullptr;
    QLineEdit *m_modulesDir = nullptr;
    QLineEdit *m_firmwareDir = nullptr;
    QCheckBox *m_depmod = nullptr;
    QPushButton *m_planButton = nullptr;
    DepPlanView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QFutureWatcher<Planned> m_watcher;
    Planned m_result;
};

} // namespace Crashcart::App
