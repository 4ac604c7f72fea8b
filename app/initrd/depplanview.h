// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "initrd/depplan.h"

#include <QTreeWidget>

namespace Crashcart::App {

// What a planner run on a pool thread hands back (a Result has no empty state for QFuture).
struct PlanOutcome
{
    bool ok = false;
    Initrd::DepPlan plan;
    QString error;

    static PlanOutcome of(const Result<Initrd::DepPlan> &result);
};

// A plan from the dependency planners, one row per item: where it goes in the image, whether
// it is added, already there or replaced, where it comes from and why it is needed. What
// cannot be found is listed in red, warnings with a warning icon.
class DepPlanView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepPlanView)

public:
    enum Column { Path, Status, Source, Reason, ColumnCount };

    explicit DepPlanView(QWidget *parent = nullptr);

    void showPlan(const Initrd::DepPlan &plan);
    // A one-line count: "5 to add, 3 already in the image, 1 missing".
    static QString summary(const Initrd::DepPlan &plan);
};

} // namespace Crashcart::App
